package io.newsdesk.quotes;

import io.newsdesk.quotes.QuoteContext.Decision;
import io.newsdesk.quotes.QuoteSpanFinder.Span;
import java.util.List;

/** The passes over all the decisions of an article, after every quote is decided. */
final class PostPasses {
  private PostPasses() {}

  /** A quote running over paragraphs is attributed once, often only in its last paragraph. */
  static void shareWithinChains(QuoteContext a, List<Decision> decisions, String name) {
    for (int i = a.spans.size() - 2; i >= 0; i--) {
      boolean sameChain = a.span(i).chain() == a.span(i + 1).chain();
      if (sameChain && !decisions.get(i).attribution().found()) {
        decisions.set(i, new Decision(decisions.get(i + 1).attribution().carried(), name));
      }
    }
  }

  /**
   * "the hit television series “Laverne & Shirley”": a title is nobody's words, though the quotes
   * around it still go on with the sentence's speaker.
   */
  static void titles(QuoteContext a, List<Decision> decisions, String name) {
    for (int i = 0; i < a.spans.size(); i++) {
      Span s = a.span(i);
      boolean chained =
          i > 0 && a.span(i - 1).chain() == s.chain()
              || i + 1 < a.spans.size() && a.span(i + 1).chain() == s.chain();
      boolean title =
          a.attributor.namesAWork(s.markStart(), a.text.substring(s.start(), s.end()))
              || ListedTitles.isListedTitle(
                  s, a.paragraphs.get(s.paragraph()), a.paragraphStarts[s.paragraph()], chained);
      if (title) {
        decisions.set(i, new Decision(Attribution.UNNAMED, name));
      }
    }
  }
}
