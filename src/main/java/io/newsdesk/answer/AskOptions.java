package io.newsdesk.answer;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How to answer: at most {@code excerpts} excerpts, at most {@code perArticle} from one article,
 * only articles published on or before {@code asOf} when given, and only passages that cover at
 * least {@code minCoverage} of the question's weighted words.
 */
public record AskOptions(
    int excerpts, int perArticle, Optional<LocalDate> asOf, double minCoverage) {
  public AskOptions {
    if (excerpts < 1 || perArticle < 1) {
      throw new IllegalArgumentException("excerpts and perArticle must be at least 1");
    }
  }

  public AskOptions withAsOf(Optional<LocalDate> date) {
    return new AskOptions(excerpts, perArticle, date, minCoverage);
  }
}
