package io.newsdesk.quotes;

import io.newsdesk.quotes.QuoteSpanFinder.Span;
import java.util.Optional;

/**
 * The sieves that read the paragraphs around a quote standing alone in its own: a signature line
 * under it, the paragraph before ending with a colon or with a quote, a name line above it, or the
 * subject of the sentence before.
 */
final class ParagraphSieves {
  private ParagraphSieves() {}

  /** "“…”¶- Hillary Clinton.": a signature line under a quote that is its own paragraph. */
  static Optional<Attribution> signatureLine(QuoteContext a, int i) {
    int p = a.span(i).paragraph();
    if (!a.onlyQuotes(i)
        || p + 1 >= a.paragraphs.size()
        || !startsWithDash(a.paragraphs.get(p + 1))) {
      return Optional.empty();
    }
    int signature = a.paragraphStarts[p + 1];
    Attribution signed =
        a.attributor.after(signature, signature + a.paragraphs.get(p + 1).length(), false, true);
    return signed.ifFound();
  }

  /** "Doe went on:¶“…”": the paragraph before, ending with a colon, says who. */
  static Optional<Attribution> colonBefore(QuoteContext a, int i) {
    if (!loneAfterParagraph(a, i) || !a.attributor.endsWithColon(a.previousParagraphEnd(i))) {
      return Optional.empty();
    }
    int p = a.span(i).paragraph();
    return Optional.of(a.attributor.before(a.paragraphStarts[p - 1], a.previousParagraphEnd(i)));
  }

  /** "“A,” Doe said.¶“B.”": B goes on from the quote of the paragraph before. */
  static Optional<Attribution> quoteBefore(QuoteContext a, int i) {
    if (!loneAfterPlainParagraph(a, i) || !a.previousQuoteInPreviousParagraph(i)) {
      return Optional.empty();
    }
    Attribution last = a.decided(i - 1).attribution().carried();
    boolean quoteEndsParagraph =
        a.attributor.noWordsBetween(a.span(i - 1).markEnd(), a.previousParagraphEnd(i));
    return last.speaker().isPresent() || quoteEndsParagraph
        ? Optional.of(last)
        : Optional.of(Attribution.NONE);
  }

  /** "Jane Doe, 34, Phoenix.¶“…”" not in a run of such pairs: maybe a heading, maybe not. */
  static Optional<Attribution> nameLineBefore(QuoteContext a, int i) {
    return loneAfterPlainParagraph(a, i)
            && !a.previousQuoteInPreviousParagraph(i)
            && a.voxPops.isNameLine(a.span(i).paragraph() - 1)
        ? Optional.of(Attribution.NONE)
        : Optional.empty();
  }

  /** "Trump spoke to reporters on Tuesday.¶“…”": the previous paragraph's last subject. */
  static Optional<Attribution> narrativeBefore(QuoteContext a, int i) {
    if (!loneAfterPlainParagraph(a, i) || a.previousQuoteInPreviousParagraph(i)) {
      return Optional.empty();
    }
    int p = a.span(i).paragraph();
    return Optional.of(
        a.attributor.narrativeSubject(a.paragraphStarts[p - 1], a.previousParagraphEnd(i)));
  }

  /** "Trump spoke on Tuesday. “…”": the subject of the sentence before, same paragraph. */
  static Optional<Attribution> narrativeSame(QuoteContext a, int i) {
    Span s = a.span(i);
    SpeakerAttributor at = a.attributor;
    boolean afterNarrative =
        a.previousInParagraph(i) == null
            && !at.noWordsBetween(a.paragraphStart(i), s.markStart())
            && at.startsSentence(a.paragraphStart(i), s.markStart())
            && at.noWordsBetween(s.markEnd(), a.trailingEnd(i));
    return afterNarrative
        ? Optional.of(at.narrativeSubject(a.paragraphStart(i), s.markStart()))
        : Optional.empty();
  }

  /** A quote alone in its paragraph, after another paragraph. */
  private static boolean loneAfterParagraph(QuoteContext a, int i) {
    return a.onlyQuotes(i) && a.span(i).paragraph() > 0;
  }

  /** The same, when the paragraph before does not end with a colon. */
  private static boolean loneAfterPlainParagraph(QuoteContext a, int i) {
    return loneAfterParagraph(a, i) && !a.attributor.endsWithColon(a.previousParagraphEnd(i));
  }

  private static boolean startsWithDash(String paragraph) {
    return !paragraph.isEmpty() && ArticleTokens.isDash(paragraph.charAt(0));
  }
}
