package io.newsdesk.index;

import io.newsdesk.ingest.IngestProblem;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The tallies of one indexing run, each problem logged once as it is found. */
final class IngestCounts {
  private static final Logger LOG = LoggerFactory.getLogger(IngestCounts.class);

  int indexed;
  int unchanged;
  int skipped;
  int failed;
  int removed;
  boolean stopped;
  private final List<IngestProblem> problems = new ArrayList<>();

  /** A whole file (or folder, or feed) that could not be used. */
  synchronized void fail(IngestProblem problem) {
    failed++;
    problems.add(problem);
    LOG.warn("skipped {}", problem.describe());
  }

  /** A whole source that could not be used, said by the caller in its own words. */
  synchronized void failSaid(IngestProblem problem) {
    failed++;
    problems.add(problem);
  }

  /** One article or line that could not be used. */
  synchronized void skip(IngestProblem problem) {
    skipped++;
    problems.add(problem);
    LOG.warn("skipped {}", problem.describe());
  }

  /** Something that did not stop an article from being indexed, but is worth knowing. */
  synchronized void note(IngestProblem problem) {
    problems.add(problem);
    LOG.warn("{}", problem.describe());
  }

  synchronized IndexReport report() {
    return new IndexReport(indexed, unchanged, skipped, failed, removed, problems, stopped);
  }
}
