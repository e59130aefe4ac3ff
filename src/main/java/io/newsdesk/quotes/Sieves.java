package io.newsdesk.quotes;

import io.newsdesk.quotes.QuoteContext.Decision;
import io.newsdesk.quotes.QuoteSpanFinder.Span;
import java.util.List;
import java.util.Optional;

/**
 * The order in which a quote's speaker is decided, in one place: first what the quote's own
 * sentence says, then the quote it goes on from, then the paragraph before it. A sieve that returns
 * {@link Attribution#NONE} ends the list without naming anyone; then only {@link #FALLBACK} may.
 * After every quote is decided, the {@link #POST_PASSES} run over all of them.
 */
final class Sieves {
  private Sieves() {}

  static final List<Sieve> ORDER =
      List.of(
          own("speaker after the quote", "words after the quote"),
          own("speaker before the quote", "words before the quote"),
          own(
              "speaker in a sentence begun before an earlier quote",
              "sentence begun before an earlier quote"),
          own("speaker owns the words around the quote", "owner's words around it"),
          new Sieve("label signed by a dash", Sieves::labelSignedByDash),
          new Sieve("own sentence names nobody", Sieves::ownNamesNobody),
          new Sieve("continues a multi-paragraph quote with a speaker", Sieves::chainWithSpeaker),
          new Sieve("name line of a round-up of reactions", Sieves::voxPop),
          new Sieve("continues a multi-paragraph quote", Sieves::chain),
          new Sieve("continues the quote before it", Sieves::continuesPrevious),
          new Sieve("signature line under the quote", Sieves::signatureLine),
          new Sieve("paragraph before ends with a colon", Sieves::colonBefore),
          new Sieve("goes on from the quote that ends the paragraph before", Sieves::quoteBefore),
          new Sieve("name line before a lone quote names nobody", Sieves::nameLineBefore),
          new Sieve("subject of the paragraph before", Sieves::narrativeBefore),
          new Sieve("subject of the sentence before, same paragraph", Sieves::narrativeSame));

  /** When no sieve named anyone: a dash and a name after the quote sign it. */
  static final Sieve FALLBACK =
      new Sieve("signed by a dash after the quote", (a, i) -> Optional.of(a.signedAfter(i)));

  /** Passes over all the decisions of an article, in order. */
  static final List<PostPass> POST_PASSES =
      List.of(
          new PostPass("shared within a multi-paragraph quote", Sieves::shareWithinChains),
          new PostPass("title of a work names nobody", Sieves::titles));

  /** A pass over all the decisions of an article. */
  record PostPass(String name, Pass pass) {
    /** Changes {@code decisions} in place, naming itself as the sieve of what it changes. */
    @FunctionalInterface
    interface Pass {
      void apply(QuoteContext article, List<Decision> decisions, String name);
    }

    void apply(QuoteContext article, List<Decision> decisions) {
      pass.apply(article, decisions, name);
    }
  }

  /** A speaker named by the quote's own sentence, read the way {@code reading} says. */
  private static Sieve own(String name, String reading) {
    return new Sieve(
        name,
        (a, i) -> {
          QuoteContext.Own own = a.own(i);
          return own.reading().equals(reading) && own.attribution().speaker().isPresent()
              ? Optional.of(own.attribution())
              : Optional.empty();
        });
  }

  /** "Nominator comment: “…” - Jane Doe, school counselor.": the dash names the speaker. */
  private static Optional<Attribution> labelSignedByDash(QuoteContext a, int i) {
    if (a.opensParagraph(i) || !a.attributor.endsWithColon(a.span(i).markStart())) {
      return Optional.empty();
    }
    Attribution signed = a.signedAfter(i);
    return signed.speaker().isPresent() ? Optional.of(signed) : Optional.empty();
  }

  /** "“…,” the report said": found, naming nobody; no later sieve may name someone. */
  private static Optional<Attribution> ownNamesNobody(QuoteContext a, int i) {
    Attribution own = a.own(i).attribution();
    return own.found() ? Optional.of(own) : Optional.empty();
  }

  /** "“A.¶“B.”¶― Max Roe": the quote's speaker, then a byline. */
  private static Optional<Attribution> chainWithSpeaker(QuoteContext a, int i) {
    return a.continuesChain(i) && a.decided(i - 1).attribution().found()
        ? Optional.of(a.decided(i - 1).attribution().carried())
        : Optional.empty();
  }

  /** "Jane Doe, 34, Phoenix¶“…”" in a run of such pairs. */
  private static Optional<Attribution> voxPop(QuoteContext a, int i) {
    NameLines.NameLine nameLine = a.voxPops.signatureOf(i);
    if (nameLine == null) {
      return Optional.empty();
    }
    Attribution signed = a.attributor.signedBy(nameLine);
    return signed.found() ? Optional.of(signed) : Optional.empty();
  }

  /** A multi-paragraph quote whose earlier part is undecided stays so (the chain is shared). */
  private static Optional<Attribution> chain(QuoteContext a, int i) {
    return a.continuesChain(i)
        ? Optional.of(a.decided(i - 1).attribution().carried())
        : Optional.empty();
  }

  /** "“A,” Rubio said. “B.”": B goes on with Rubio's words. */
  private static Optional<Attribution> continuesPrevious(QuoteContext a, int i) {
    Span previous = a.previousInParagraph(i);
    if (previous == null) {
      return Optional.empty();
    }
    SpeakerAttributor at = a.attributor;
    int markStart = a.span(i).markStart();
    boolean goesOn =
        at.noWordsBetween(previous.markEnd(), markStart)
            || at.onlyParticipleBetween(previous.markEnd(), markStart)
            || at.startsSentence(a.leadingStart(i), markStart)
                && a.decided(i - 1).attribution().speaker().isPresent();
    return goesOn ? Optional.of(a.decided(i - 1).attribution().carried()) : Optional.empty();
  }

  /** "“…”¶- Hillary Clinton.": a signature line under a quote that is its own paragraph. */
  private static Optional<Attribution> signatureLine(QuoteContext a, int i) {
    int p = a.span(i).paragraph();
    if (!a.onlyQuotes(i)
        || p + 1 >= a.paragraphs.size()
        || !startsWithDash(a.paragraphs.get(p + 1))) {
      return Optional.empty();
    }
    int signature = a.paragraphStarts[p + 1];
    Attribution signed =
        a.attributor.after(signature, signature + a.paragraphs.get(p + 1).length(), false, true);
    return signed.found() ? Optional.of(signed) : Optional.empty();
  }

  /** "Doe went on:¶“…”": the paragraph before, ending with a colon, says who. */
  private static Optional<Attribution> colonBefore(QuoteContext a, int i) {
    if (!loneAfterParagraph(a, i) || !a.attributor.endsWithColon(a.previousParagraphEnd(i))) {
      return Optional.empty();
    }
    int p = a.span(i).paragraph();
    return Optional.of(a.attributor.before(a.paragraphStarts[p - 1], a.previousParagraphEnd(i)));
  }

  /** "“A,” Doe said.¶“B.”": B goes on from the quote of the paragraph before. */
  private static Optional<Attribution> quoteBefore(QuoteContext a, int i) {
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
  private static Optional<Attribution> nameLineBefore(QuoteContext a, int i) {
    return loneAfterPlainParagraph(a, i)
            && !a.previousQuoteInPreviousParagraph(i)
            && a.voxPops.isNameLine(a.span(i).paragraph() - 1)
        ? Optional.of(Attribution.NONE)
        : Optional.empty();
  }

  /** "Trump spoke to reporters on Tuesday.¶“…”": the previous paragraph's last subject. */
  private static Optional<Attribution> narrativeBefore(QuoteContext a, int i) {
    if (!loneAfterPlainParagraph(a, i) || a.previousQuoteInPreviousParagraph(i)) {
      return Optional.empty();
    }
    int p = a.span(i).paragraph();
    return Optional.of(
        a.attributor.narrativeSubject(a.paragraphStarts[p - 1], a.previousParagraphEnd(i)));
  }

  /** "Trump spoke on Tuesday. “…”": the subject of the sentence before, same paragraph. */
  private static Optional<Attribution> narrativeSame(QuoteContext a, int i) {
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

  /** A quote running over paragraphs is attributed once, often only in its last paragraph. */
  private static void shareWithinChains(QuoteContext a, List<Decision> decisions, String name) {
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
  private static void titles(QuoteContext a, List<Decision> decisions, String name) {
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

  private static boolean startsWithDash(String paragraph) {
    return !paragraph.isEmpty() && ArticleTokens.isDash(paragraph.charAt(0));
  }
}
