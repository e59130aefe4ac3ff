package io.newsdesk.whosaid;

import io.newsdesk.search.QuoteRecord;
import java.util.Comparator;

/** A stored quotation, how much of the asked phrase it holds, and the lookup that found it. */
record QuoteMatch(QuoteRecord quote, double coverage, float score) {
  /**
   * Most of the phrase first; among equals the shortest quotation, as a quote inside an embedded
   * post is more precisely attributed than the post around it.
   */
  static final Comparator<QuoteMatch> BEST_FIRST =
      Comparator.comparingDouble(QuoteMatch::coverage)
          .reversed()
          .thenComparingInt((QuoteMatch m) -> m.quote().text().length())
          .thenComparing(Comparator.comparingDouble(QuoteMatch::score).reversed());
}
