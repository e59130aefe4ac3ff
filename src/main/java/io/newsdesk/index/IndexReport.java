package io.newsdesk.index;

import io.newsdesk.ingest.IngestProblem;
import java.util.List;

/**
 * What an indexing run did. {@code indexed} counts articles (re)indexed, {@code unchanged} files
 * left as they were, {@code skipped} single articles or lines that could not be used, {@code
 * failed} whole files that could not be read, {@code removed} files gone from disk.
 */
public record IndexReport(
    int indexed,
    int unchanged,
    int skipped,
    int failed,
    int removed,
    List<IngestProblem> problems) {
  public IndexReport {
    problems = List.copyOf(problems);
  }

  public String summary() {
    return "indexed %d · unchanged %d · skipped %d · failed %d · removed %d"
        .formatted(indexed, unchanged, skipped, failed, removed);
  }
}
