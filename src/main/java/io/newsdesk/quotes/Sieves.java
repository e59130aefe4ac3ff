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
          new Sieve("signature line under the quote", ParagraphSieves::signatureLine),
          new Sieve("paragraph before ends with a colon", ParagraphSieves::colonBefore),
          new Sieve(
              "goes on from the quote that ends the paragraph before",
              ParagraphSieves::quoteBefore),
          new Sieve("name line before a lone quote names nobody", ParagraphSieves::nameLineBefore),
          new Sieve("subject of the paragraph before", ParagraphSieves::narrativeBefore),
          new Sieve(
              "subject of the sentence before, same paragraph", ParagraphSieves::narrativeSame));

  /** When no sieve named anyone: a dash and a name after the quote sign it. */
  static final Sieve FALLBACK =
      new Sieve("signed by a dash after the quote", (a, i) -> Optional.of(a.signedAfter(i)));

  /** Passes over all the decisions of an article, in order. */
  static final List<PostPass> POST_PASSES =
      List.of(
          new PostPass("shared within a multi-paragraph quote", PostPasses::shareWithinChains),
          new PostPass("title of a work names nobody", PostPasses::titles));

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
    return own.ifFound();
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
    return signed.ifFound();
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
}
