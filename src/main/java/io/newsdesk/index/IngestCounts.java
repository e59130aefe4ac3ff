package io.newsdesk.index;

import io.newsdesk.ingest.IngestProblem;
import io.newsdesk.metrics.Meters;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tallies of one indexing run, each problem logged and counted once as it is found, the
 * articles counted when the run ends.
 */
final class IngestCounts {
  private static final Logger LOG = LoggerFactory.getLogger(IngestCounts.class);

  /** Where the run reads from, for the meters: {@code files} or {@code feeds}. */
  private final String source;

  int indexed;
  int unchanged;
  int skipped;
  int failed;
  int removed;
  boolean stopped;
  private final List<IngestProblem> problems = new ArrayList<>();

  IngestCounts(String source) {
    this.source = source;
  }

  /** A whole file (or folder, or feed) that could not be used. */
  synchronized void fail(IngestProblem problem) {
    failed++;
    add(problem);
    LOG.warn("skipped {}", problem.describe());
  }

  /** A whole source that could not be used, said by the caller in its own words. */
  synchronized void failSaid(IngestProblem problem) {
    failed++;
    add(problem);
  }

  /** One article or line that could not be used. */
  synchronized void skip(IngestProblem problem) {
    skipped++;
    add(problem);
    LOG.warn("skipped {}", problem.describe());
  }

  /** Something that did not stop an article from being indexed, but is worth knowing. */
  synchronized void note(IngestProblem problem) {
    add(problem);
    LOG.warn("{}", problem.describe());
  }

  private void add(IngestProblem problem) {
    problems.add(problem);
    Meters.ingestProblem(problem.kind().name().toLowerCase(java.util.Locale.ROOT));
  }

  /** Ends the run: what it did, its articles added to the meters. Called once per run. */
  synchronized IndexReport finish() {
    Meters.ingested(source, indexed, removed);
    return new IndexReport(indexed, unchanged, skipped, failed, removed, problems, stopped);
  }
}
