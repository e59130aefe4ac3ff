package io.newsdesk.quotes;

import io.newsdesk.ingest.Article;
import io.newsdesk.quotes.QuoteSpanFinder.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One article as the sieves see it: its text, paragraphs and quote spans, the readers of its
 * narrative, and the decisions taken so far (one per quote before the current one). The sieves read
 * it; only {@link QuoteExtractor} adds decisions.
 */
final class QuoteContext {
  /** A decision about one quote: the attribution and the sieve that took it. */
  record Decision(Attribution attribution, String sieve) {
    static final Decision NONE = new Decision(Attribution.NONE, "");
  }

  /** What the quote's own sentence says of it, and which reading said so. */
  record Own(Attribution attribution, String reading) {}

  final String text;
  final List<String> paragraphs;
  final int[] paragraphStarts;
  final List<Span> spans;
  final SpeakerAttributor attributor;
  final VoxPops voxPops;
  private final List<Decision> decisions;
  private final Own[] own;

  QuoteContext(
      String text,
      List<String> paragraphs,
      int[] paragraphStarts,
      List<Span> spans,
      SpeakerAttributor attributor,
      VoxPops voxPops) {
    this.text = text;
    this.paragraphs = paragraphs;
    this.paragraphStarts = paragraphStarts;
    this.spans = spans;
    this.attributor = attributor;
    this.voxPops = voxPops;
    this.decisions = new ArrayList<>(spans.size());
    this.own = new Own[spans.size()];
  }

  Span span(int i) {
    return spans.get(i);
  }

  /** The decision about quote {@code i}, which comes before the current one. */
  Decision decided(int i) {
    return decisions.get(i);
  }

  void decide(Decision decision) {
    decisions.add(decision);
  }

  List<Decision> decisions() {
    return decisions;
  }

  /** The quote before {@code i} in the same paragraph, or null. */
  Span previousInParagraph(int i) {
    return i > 0 && spans.get(i - 1).paragraph() == spans.get(i).paragraph()
        ? spans.get(i - 1)
        : null;
  }

  /** Where the text before quote {@code i} starts: after the previous quote of its paragraph. */
  int leadingStart(int i) {
    Span previous = previousInParagraph(i);
    return previous == null ? paragraphStart(i) : previous.markEnd();
  }

  /** Where the text after quote {@code i} ends: at the next quote of its paragraph, or with it. */
  int trailingEnd(int i) {
    int p = spans.get(i).paragraph();
    boolean nextInParagraph = i + 1 < spans.size() && spans.get(i + 1).paragraph() == p;
    return nextInParagraph
        ? spans.get(i + 1).markStart()
        : paragraphStarts[p] + paragraphs.get(p).length();
  }

  int paragraphStart(int i) {
    return paragraphStarts[spans.get(i).paragraph()];
  }

  /** The end of the paragraph before quote {@code i}'s. */
  int previousParagraphEnd(int i) {
    return paragraphStart(i) - Article.PARAGRAPH_BREAK.length();
  }

  boolean opensParagraph(int i) {
    return attributor.noWordsBetween(paragraphStart(i), spans.get(i).markStart());
  }

  boolean continuesChain(int i) {
    return i > 0 && spans.get(i - 1).chain() == spans.get(i).chain();
  }

  /** The quote stands alone in its paragraph: no words before it, none after it. */
  boolean onlyQuotes(int i) {
    Span s = spans.get(i);
    return previousInParagraph(i) == null
        && attributor.noWordsBetween(paragraphStart(i), s.markStart())
        && attributor.noWordsBetween(s.markEnd(), trailingEnd(i));
  }

  /** The quote before {@code i} ends the paragraph before {@code i}'s. */
  boolean previousQuoteInPreviousParagraph(int i) {
    return i > 0 && spans.get(i - 1).paragraph() == spans.get(i).paragraph() - 1;
  }

  /** The text after the quote read as its attribution, a dash after it may sign it. */
  Attribution signedAfter(int i) {
    Span s = spans.get(i);
    return attributor.after(s.markEnd(), trailingEnd(i), text.charAt(s.end() - 1) == '.', true);
  }

  /**
   * What the quote's own sentence says: the words after it, else before it (from the previous quote
   * of the paragraph, or from the paragraph's start when the sentence began before that quote),
   * else an owner's words around it ("Obama's “…” promise"). Read once per quote.
   */
  Own own(int i) {
    if (own[i] == null) {
      own[i] = readOwn(i);
    }
    return own[i];
  }

  private Own readOwn(int i) {
    Span s = spans.get(i);
    Attribution after =
        attributor.after(
            s.markEnd(), trailingEnd(i), text.charAt(s.end() - 1) == '.', opensParagraph(i));
    if (after.found()) {
      return new Own(after, "words after the quote");
    }
    int leadingStart = leadingStart(i);
    Attribution before = attributor.before(leadingStart, s.markStart());
    if (before.found()) {
      return new Own(before, "words before the quote");
    }
    if (previousInParagraph(i) != null && !attributor.startsSentence(leadingStart, s.markStart())) {
      // "Carson shared a class called “Perception” on Facebook, writing “…”": the sentence
      // began before the earlier quote.
      Attribution sentence = attributor.before(paragraphStart(i), s.markStart());
      if (sentence.found()) {
        return new Own(sentence, "sentence begun before an earlier quote");
      }
    }
    return new Own(attributor.framedBy(s.markStart(), s.markEnd()), "owner's words around it");
  }
}
