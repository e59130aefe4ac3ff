package io.newsdesk.index;

import io.newsdesk.ingest.IngestProblem;
import java.util.List;

/**
 * What an indexing run did. {@code indexed} counts articles (re)indexed, {@code unchanged} files
 * left as they were, {@code skipped} single articles or lines that could not be used, {@code
 * failed} whole files (or folders, feeds) that could not be read, {@code removed} files or feeds
 * that left the index (gone from disk, or no longer configured).
 *
 * @param stopped whether the run was stopped (Ctrl-C) before it was done; what it did is kept
 */
public record IndexReport(
    int indexed,
    int unchanged,
    int skipped,
    int failed,
    int removed,
    List<IngestProblem> problems,
    boolean stopped) {
  public IndexReport {
    problems = List.copyOf(problems);
  }

  public static IndexReport empty() {
    return new IndexReport(0, 0, 0, 0, 0, List.of(), false);
  }

  /** Whether the run changed the index or found problems worth a line in the log. */
  public boolean isNews() {
    return indexed + skipped + failed + removed > 0 || stopped;
  }

  /** This report and another, as one. */
  public IndexReport plus(IndexReport other) {
    List<IngestProblem> all = new java.util.ArrayList<>(problems);
    all.addAll(other.problems);
    return new IndexReport(
        indexed + other.indexed,
        unchanged + other.unchanged,
        skipped + other.skipped,
        failed + other.failed,
        removed + other.removed,
        all,
        stopped || other.stopped);
  }

  public String summary() {
    return "indexed %d · unchanged %d · skipped %d · failed %d · removed %d"
            .formatted(indexed, unchanged, skipped, failed, removed)
        + (stopped ? " · stopped early: what was indexed is kept, run index again to finish" : "");
  }
}
