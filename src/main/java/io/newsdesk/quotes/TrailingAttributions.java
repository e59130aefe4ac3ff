package io.newsdesk.quotes;

import java.util.List;
import java.util.Optional;

/**
 * Reads the text right after a quote for who said it: "“…,” X said", "“…,” said X", "“…,” according
 * to X", "“…,” Terrie Rizzo, the Democratic chair of Palm Beach County, said" and a dash after the
 * quote ("“…” – NATO Secretary General Mark Rutte").
 */
final class TrailingAttributions {

  static final int MAX_SUBJECT_DISTANCE = 12;
  private static final int MAX_TRAILING_DISTANCE = 20;

  private final ArticleTokens tokens;
  private final SubjectPhrases phrases;
  private final AttributionSubjects subjects;
  private final SpeakerResolver resolver;
  private final TrailingSubjects trailingSubjects;

  TrailingAttributions(
      ArticleTokens tokens,
      SubjectPhrases phrases,
      VerbSubjects verbSubjects,
      RolePhrases roles,
      AttributionSubjects subjects,
      SpeakerResolver resolver) {
    this.tokens = tokens;
    this.phrases = phrases;
    this.subjects = subjects;
    this.resolver = resolver;
    this.trailingSubjects = new TrailingSubjects(tokens, phrases, verbSubjects, roles, resolver);
  }

  /**
   * Looks right after a quote ending at {@code markEnd} for "X said" up to {@code limit}; {@code
   * quoteEndsSentence} when the quote itself ends with a full stop. A dash and a name after the
   * quote sign it only when {@code signable}: when the quote opens its paragraph ("“…” ― Jane Doe,
   * 34"). After "Doe said. “…” ― Max Roe" the dash is the byline of a live-blog entry.
   */
  Attribution after(int markEnd, int limit, boolean quoteEndsSentence, boolean signable) {
    Window w = window(markEnd, limit, quoteEndsSentence, signable);
    return w == null ? Attribution.NONE : NamedStep.first(STEPS, this, w);
  }

  /**
   * The words after a quote: from {@code k}, past any commas, to {@code hi}, the end of the
   * sentence or the limit.
   */
  record Window(int k, int hi, Token first, boolean quoteEndsSentence, boolean signable) {}

  /** One named reading of the words after a quote. */
  private static NamedStep<TrailingAttributions, Window> step(
      String name, NamedStep.Reading<TrailingAttributions, Window> reading) {
    return new NamedStep<>(name, reading);
  }

  /** The readings, in order. */
  static final List<NamedStep<TrailingAttributions, Window>> STEPS =
      List.of(
          step("a dash where no signature may stand", TrailingAttributions::unsignableDash),
          step("a dash and a name", TrailingAttributions::dashAndName),
          step("a dash and a description", TrailingAttributions::dashAndDescription),
          step("a new sentence", TrailingAttributions::newSentence),
          step("according to X", TrailingAttributions::accordingTo),
          step("said X", TrailingAttributions::verbFirst),
          step("X, apposition, said", (t, w) -> t.subjects.apposedSubject(w.k(), w.hi()).ifFound()),
          step("X said", TrailingAttributions::verbSubject));

  private Window window(int markEnd, int limit, boolean quoteEndsSentence, boolean signable) {
    int lo = tokens.tokenAt(markEnd);
    int hi = tokens.tokenAt(limit);
    for (int k = lo; k < hi; k++) {
      if (tokens.isSentenceEnd(k)) {
        hi = k;
        break;
      }
    }
    int k = lo;
    while (k < hi && tokens.get(k).is(",")) {
      k++;
    }
    return k >= hi ? null : new Window(k, hi, tokens.get(k), quoteEndsSentence, signable);
  }

  private static Optional<Attribution> unsignableDash(TrailingAttributions t, Window w) {
    return ArticleTokens.isDash(w.first()) && !w.signable()
        ? Optional.of(Attribution.NONE)
        : Optional.empty();
  }

  /** "“…” – NATO Secretary General Mark Rutte". */
  private static Optional<Attribution> dashAndName(TrailingAttributions t, Window w) {
    int k = w.k();
    if (!ArticleTokens.isDash(w.first())
        || k + 1 >= w.hi()
        || !t.tokens.get(k + 1).isCapitalized()) {
      return Optional.empty();
    }
    return Optional.of(t.resolver.resolve(k + 1, t.phrases.nameRunEnd(k + 1, w.hi())));
  }

  /** "“…” — reader Dan Blue". */
  private static Optional<Attribution> dashAndDescription(TrailingAttributions t, Window w) {
    int k = w.k();
    if (!ArticleTokens.isDash(w.first())
        || k + 1 >= w.hi()
        || !t.tokens.get(k + 1).isLowerCaseWord()) {
      return Optional.empty();
    }
    int end = t.phrases.forwardNpEnd(k + 1, w.hi());
    return Optional.of(end > k + 1 ? t.resolver.resolvePerson(k + 1, end) : Attribution.NONE);
  }

  /** "“…!” She replied to him that …": the quote's sentence has ended. */
  private static Optional<Attribution> newSentence(TrailingAttributions t, Window w) {
    Token first = w.first();
    boolean newSentence = first.is("He") || first.is("She");
    return (w.quoteEndsSentence() || newSentence) && first.isCapitalized()
        ? Optional.of(Attribution.NONE)
        : Optional.empty();
  }

  private static Optional<Attribution> accordingTo(TrailingAttributions t, Window w) {
    int k = w.k();
    return w.first().is("according") && k + 2 < w.hi() && t.tokens.get(k + 1).is("to")
        ? Optional.of(t.subjects.subjectAfter(k + 2, w.hi()))
        : Optional.empty();
  }

  private static Optional<Attribution> verbFirst(TrailingAttributions t, Window w) {
    return t.tokens.isVerb(w.k())
        ? Optional.of(t.subjects.subjectAfter(w.k() + 1, w.hi()))
        : Optional.empty();
  }

  /** The subject of the first reporting verb after the quote, read as the first reading says. */
  private static Optional<Attribution> verbSubject(TrailingAttributions t, Window w) {
    int k = w.k();
    for (int v = k + 1; v < w.hi() && v <= k + MAX_TRAILING_DISTANCE; v++) {
      if (t.tokens.isVerb(v)) {
        return Optional.of(t.trailingSubjects.of(k, v));
      }
    }
    return Optional.empty();
  }
}
