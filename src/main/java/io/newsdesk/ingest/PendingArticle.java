package io.newsdesk.ingest;

/**
 * An article read from its file but not yet parsed and cleaned, so that the expensive part can run
 * on another thread. Parsing a bad JSONL line throws with the line's number.
 *
 * @param line the line of a JSONL file the article is on (from 1), or 0 for a one-article file
 * @param offset how many bytes of the file had been read when the article was (for progress)
 */
public record PendingArticle(long line, long offset, Parser parser) {

  /** The deferred parse. */
  @FunctionalInterface
  public interface Parser {
    Article parse() throws IngestException;
  }

  public Article parse() throws IngestException {
    return parser.parse();
  }
}
