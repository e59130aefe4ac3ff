package io.newsdesk.ingest;

/** A file that cannot be turned into articles at all; carries the problem to report. */
public final class IngestException extends Exception {
  private final transient IngestProblem problem;

  public IngestException(IngestProblem problem) {
    super(problem.describe());
    this.problem = problem;
  }

  public IngestProblem problem() {
    return problem;
  }
}
