package io.newsdesk.ingest;

/**
 * An article read from its file but not yet parsed and cleaned, so that the expensive part can run
 * on another thread. Parsing a bad JSONL line throws with the line's number.
 */
@FunctionalInterface
public interface PendingArticle {
  Article parse() throws IngestException;
}
