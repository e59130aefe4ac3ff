package io.newsdesk.answer;

import java.util.List;

/**
 * What Newsdesk found for a question: excerpts, best first, or why there are none; {@code
 * corrections} are the question's words it corrected to find them (empty when none were).
 */
public record Answer(
    String question, Status status, List<Excerpt> excerpts, List<Spelling.Correction> corrections) {
  public Answer {
    excerpts = List.copyOf(excerpts);
    corrections = List.copyOf(corrections);
  }

  public Answer(String question, Status status, List<Excerpt> excerpts) {
    this(question, status, excerpts, List.of());
  }

  public enum Status {
    /** At least one excerpt matches the question well enough. */
    ANSWERED,
    /** Nothing in the index matches well enough: the reply says so. */
    NO_MATCH,
    /** The question has no searchable words (empty, only punctuation or stop words). */
    NOT_A_QUESTION,
    /** Answering took longer than the time limit before any excerpt was ready. */
    TOO_SLOW
  }
}
