package io.newsdesk.quotes;

import java.util.List;
import java.util.Optional;

/**
 * Reads the sentence before a quote for who said it: "X said: “…”", "X said he wanted to “…”",
 * "according to X", "Said X, “…”", "Rutte addressed the shift, saying “…”", "X: “…”" and a person's
 * words named by a noun of speech ("Trump’s call for “…”").
 */
final class LeadingAttributions {

  private static final int SHORT_PREDICATE = 5;

  private final ArticleTokens tokens;
  private final SubjectPhrases phrases;
  private final VerbSubjects verbSubjects;
  private final AttributionSubjects subjects;
  private final ColonIntroductions colonIntroductions;
  private final OwnedSpeech ownedSpeech;
  private final SpeakerResolver resolver;

  LeadingAttributions(
      ArticleTokens tokens,
      SubjectPhrases phrases,
      VerbSubjects verbSubjects,
      AttributionSubjects subjects,
      OwnedSpeech ownedSpeech,
      SpeakerResolver resolver) {
    this.tokens = tokens;
    this.phrases = phrases;
    this.verbSubjects = verbSubjects;
    this.subjects = subjects;
    this.colonIntroductions = new ColonIntroductions(tokens, phrases, resolver);
    this.ownedSpeech = ownedSpeech;
    this.resolver = resolver;
  }

  /** Looks at the sentence before a quote opening at {@code markStart}, from {@code from}. */
  Attribution before(int from, int markStart) {
    int lo = tokens.tokenAt(from);
    int hi = tokens.tokenAt(markStart);
    lo = tokens.sentenceStart(hi, lo);
    while (lo < hi && ArticleTokens.isDash(tokens.get(lo))) {
      lo++; // "… that can be!— Cruz called them on it:"
    }
    Window w = new Window(lo, hi);
    for (Step step : STEPS) {
      Optional<Attribution> decided = step.reading().read(this, w);
      if (decided.isPresent()) {
        return decided.get().by(step.name());
      }
    }
    return Attribution.NONE;
  }

  /** The words of the sentence before a quote: tokens {@code [lo, hi)}. */
  record Window(int lo, int hi) {
    int length() {
      return hi - lo;
    }
  }

  /** One named reading of the sentence before a quote: a decision, or empty to pass. */
  record Step(String name, Reading reading) {
    @FunctionalInterface
    interface Reading {
      Optional<Attribution> read(LeadingAttributions before, Window w);
    }
  }

  /** The readings, in order; the reporting verbs are read nearest the quote first. */
  static final List<Step> STEPS =
      List.of(
          new Step("according to X", LeadingAttributions::accordingTo),
          new Step("Said X", LeadingAttributions::saidFirst),
          new Step(
              "introduced by a colon",
              (b, w) -> found(b.colonIntroductions.nameBeforeColon(w.lo(), w.hi()))),
          new Step("a reporting verb", LeadingAttributions::reportingVerb),
          new Step("a label and a colon names nobody", LeadingAttributions::label),
          new Step("a transcript's speaker label", LeadingAttributions::transcriptLabel),
          new Step("X:", LeadingAttributions::nameColon),
          new Step("@handle:", LeadingAttributions::handleColon),
          new Step("X echoed:", LeadingAttributions::nameVerbColon),
          new Step("a clause's subject and a colon", LeadingAttributions::clauseColon),
          new Step("another user:", LeadingAttributions::determinerColon),
          new Step(
              "an owner's words",
              (b, w) -> Optional.of(b.ownedSpeech.ownersWords(w.lo(), w.hi()))));

  /**
   * What one reading of a reporting verb says: a decision, on to the next verb, or on to the next
   * reading of this verb.
   */
  record Verdict(Attribution attribution, boolean nextVerb) {
    static final Verdict PASS = new Verdict(null, false);
    static final Verdict NEXT_VERB = new Verdict(null, true);

    static Verdict decide(Attribution attribution) {
      return new Verdict(attribution, false);
    }

    static Verdict ifFound(Attribution attribution) {
      return attribution.found() ? decide(attribution) : PASS;
    }
  }

  /** A reporting verb at {@code v} in the window; its subject's start is read once, if asked. */
  static final class Verb {
    final Window w;
    final int v;
    private final VerbSubjects subjects;
    private int start = Integer.MIN_VALUE;

    Verb(Window w, int v, VerbSubjects subjects) {
      this.w = w;
      this.v = v;
      this.subjects = subjects;
    }

    /** Where the verb's subject starts, or -1. */
    int start() {
      if (start == Integer.MIN_VALUE) {
        start = subjects.subjectStart(w.lo(), v);
      }
      return start;
    }
  }

  /** One named reading of a reporting verb. */
  record VerbStep(String name, VerbReading reading) {
    @FunctionalInterface
    interface VerbReading {
      Verdict read(LeadingAttributions before, Verb verb);
    }
  }

  /** The readings of one reporting verb, in order. */
  static final List<VerbStep> VERB_STEPS =
      List.of(
          new VerbStep("dubbed by nobody named", LeadingAttributions::passiveNaming),
          new VerbStep(
              "a participle after a clause of its own names nobody",
              LeadingAttributions::participleAfterClause),
          new VerbStep(
              "a participle: the subject of the verb before",
              LeadingAttributions::participleEarlierSubject),
          new VerbStep(
              "a participle: the clause's subject", LeadingAttributions::participleClauseSubject),
          new VerbStep("X of Y said", LeadingAttributions::subjectAfterPreposition),
          new VerbStep(
              "X said",
              (b, verb) ->
                  verb.start() >= 0
                      ? Verdict.decide(
                          b.resolver.resolve(
                              verb.start(), b.verbSubjects.npEnd(verb.start(), verb.v)))
                      : Verdict.PASS),
          new VerbStep(
              "a source speaking to CNN said",
              (b, verb) ->
                  b.described(verb.w.lo(), verb.v).map(Verdict::decide).orElse(Verdict.PASS)),
          new VerbStep("X, apposition, said", LeadingAttributions::commaApposition),
          new VerbStep("X did this, and told", LeadingAttributions::coordinated),
          new VerbStep("said X:", LeadingAttributions::invertingVerb));

  private static Optional<Attribution> found(Attribution a) {
    return a.found() ? Optional.of(a) : Optional.empty();
  }

  private static Optional<Attribution> accordingTo(LeadingAttributions b, Window w) {
    for (int k = w.lo(); k + 2 < w.hi(); k++) {
      if (b.tokens.get(k).lower().equals("according") && b.tokens.get(k + 1).is("to")) {
        return Optional.of(b.subjects.subjectAfter(k + 2, w.hi()));
      }
    }
    return Optional.empty();
  }

  /** "Said Comey, “…”". */
  private static Optional<Attribution> saidFirst(LeadingAttributions b, Window w) {
    if (w.length() < 2 || !(b.tokens.get(w.lo()).is("Said") || b.tokens.get(w.lo()).is("Says"))) {
      return Optional.empty();
    }
    return found(b.subjects.subjectAfter(w.lo() + 1, w.hi()));
  }

  /** The nearest reporting verb before the quote that says whose words follow. */
  private static Optional<Attribution> reportingVerb(LeadingAttributions b, Window w) {
    for (int v = w.hi() - 1; v >= w.lo(); v--) {
      if (!b.tokens.isVerb(v)) {
        continue;
      }
      Verb verb = new Verb(w, v, b.verbSubjects);
      for (VerbStep step : VERB_STEPS) {
        Verdict verdict = step.reading().read(b, verb);
        if (verdict.nextVerb()) {
          break;
        }
        if (verdict.attribution() != null) {
          return Optional.of(verdict.attribution().by(step.name()));
        }
      }
    }
    return Optional.empty();
  }

  /** "a seminar scheduled for May and dubbed “…”": named by whom? */
  private static Verdict passiveNaming(LeadingAttributions b, Verb verb) {
    int v = verb.v;
    boolean passive =
        NameWords.NAMING_VERBS.contains(b.tokens.get(v).text())
            && v > verb.w.lo()
            && StructureWords.PASSIVE_MARKERS.contains(b.tokens.get(v - 1).lower());
    return passive ? Verdict.decide(Attribution.NONE) : Verdict.PASS;
  }

  /** "Rutte addressed the shift, saying …", "Doe drew boos upon saying …". */
  private boolean participle(Verb verb) {
    int v = verb.v;
    return tokens.get(v).text().endsWith("ing")
        && v > verb.w.lo()
        && StructureWords.PARTICIPLE_OPENERS.contains(tokens.get(v - 1).lower());
  }

  /** "He tweeted when Clinton ended it, remarking …": whose? */
  private static Verdict participleAfterClause(LeadingAttributions b, Verb verb) {
    return b.participle(verb) && b.subordinateClauseBetween(verb.w.lo(), verb.v)
        ? Verdict.decide(Attribution.NONE)
        : Verdict.PASS;
  }

  /** "Ryan will meet him next week, Spicer said, adding …": the nearer verb's subject. */
  private static Verdict participleEarlierSubject(LeadingAttributions b, Verb verb) {
    if (!b.participle(verb)) {
      return Verdict.PASS;
    }
    int lo = verb.w.lo();
    int earlier = b.previousVerb(lo, verb.v);
    int earlierSubject = earlier < 0 ? -1 : b.verbSubjects.subjectStart(lo, earlier);
    return earlierSubject >= 0
        ? Verdict.decide(
            b.resolver.resolve(earlierSubject, b.verbSubjects.npEnd(earlierSubject, earlier)))
        : Verdict.PASS;
  }

  /** The subject of the clause before the participle; with none, the next verb is read. */
  private static Verdict participleClauseSubject(LeadingAttributions b, Verb verb) {
    if (!b.participle(verb)) {
      return Verdict.PASS;
    }
    return b.phrases
        .clauseSubject(verb.w.lo(), verb.v)
        .map(subject -> Verdict.decide(b.resolver.resolve(subject)))
        .orElse(Verdict.NEXT_VERB);
  }

  /**
   * "Doe of The Ledger wrote", "Doe replied on Facebook writing": the name after a preposition is
   * no subject; the clause's subject is further back.
   */
  private static Verdict subjectAfterPreposition(LeadingAttributions b, Verb verb) {
    int lo = verb.w.lo();
    int v = verb.v;
    int start = verb.start();
    int preposition = b.verbSubjects.prepositionBefore(lo, start);
    if (start < 0 || preposition < 0) {
      return Verdict.PASS;
    }
    Attribution apposed = b.subjects.apposedSubject(lo, v + 1);
    if (apposed.found()) {
      return Verdict.decide(apposed);
    }
    if (b.tokens.get(preposition).is("with") && b.tokens.get(v).text().endsWith("ing")) {
      // "…, with Trump reportedly yelling: “…”"
      return Verdict.decide(b.resolver.resolvePerson(start, b.verbSubjects.npEnd(start, v)));
    }
    if (!b.tokens.get(preposition).is("of")) {
      // "a source speaking to CNN said"
      return b.described(lo, v).map(Verdict::decide).orElse(Verdict.NEXT_VERB);
    }
    return Verdict.ifFound(b.firstOwner(lo, preposition));
  }

  /** "a staffer in the room wondered": a description qualified by what follows it. */
  private Optional<Attribution> described(int lo, int v) {
    return verbSubjects.qualifiedDescription(lo, v).map(resolver::resolve);
  }

  /** "Clinton, 35, the daughter of …, said on Twitter, “…”". */
  private static Verdict commaApposition(LeadingAttributions b, Verb verb) {
    int v = verb.v;
    return v > verb.w.lo() && b.tokens.get(v - 1).is(",")
        ? Verdict.ifFound(b.subjects.apposedSubject(verb.w.lo(), v + 1))
        : Verdict.PASS;
  }

  /** "Carson did not name his rivals, but told supporters, “…”": the sentence's subject. */
  private static Verdict coordinated(LeadingAttributions b, Verb verb) {
    int v = verb.v;
    if (v <= verb.w.lo() || !StructureWords.COORDINATORS.contains(b.tokens.get(v - 1).lower())) {
      return Verdict.PASS;
    }
    return b.phrases
        .clauseSubject(verb.w.lo(), v - 1)
        .map(subject -> Verdict.ifFound(b.resolver.resolvePerson(subject)))
        .orElse(Verdict.PASS);
  }

  /** "said Caddell: “…”". */
  private static Verdict invertingVerb(LeadingAttributions b, Verb verb) {
    return NameWords.INVERTING_VERBS.contains(b.tokens.get(verb.v).text())
        ? Verdict.ifFound(b.subjects.subjectAfter(verb.v + 1, verb.w.hi()))
        : Verdict.PASS;
  }

  /** "Quote: “…” – golf pro Joe Sucato": a label, not a speaker. */
  private static Optional<Attribution> label(LeadingAttributions b, Window w) {
    boolean label =
        w.length() == 2
            && b.tokens.get(w.hi() - 1).is(":")
            && NameWords.LABEL_WORDS.contains(b.tokens.get(w.lo()).lower());
    return label ? Optional.of(Attribution.NONE) : Optional.empty();
  }

  /** "MS. DOE: “…”", "SEN. ROE:": a transcript names its speakers in capitals, with a title. */
  private static Optional<Attribution> transcriptLabel(LeadingAttributions b, Window w) {
    String title = b.tokens.get(w.lo()).lower();
    boolean titled =
        NameWords.ABBREVIATIONS.contains(title) || NameWords.ROLE_WORDS.contains(title);
    if (!b.endsWithColon(w, 3) || !titled) {
      return Optional.empty(); // "NEW YORK:", "WASHINGTON:" are places; a label has a title
    }
    boolean capitals = false;
    for (int k = w.lo(); k < w.hi() - 1; k++) {
      Token t = b.tokens.get(k);
      boolean word = t.isWord() && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT));
      if (!word && !t.is(".")) {
        return Optional.empty();
      }
      capitals |= word && t.text().length() >= 2 && Character.isLetter(t.text().charAt(1));
    }
    return capitals ? found(b.resolver.resolveLabel(w.lo(), w.hi() - 1)) : Optional.empty();
  }

  private boolean endsWithColon(Window w, int minLength) {
    return w.length() >= minLength && tokens.get(w.hi() - 1).is(":");
  }

  /** "Hegseth: “…”". */
  private static Optional<Attribution> nameColon(LeadingAttributions b, Window w) {
    return b.endsWithColon(w, 2) && b.phrases.nameRunEnd(w.lo(), w.hi() - 1) == w.hi() - 1
        ? Optional.of(b.resolver.resolve(w.lo(), w.hi() - 1))
        : Optional.empty();
  }

  /** "@patriot1776: “…”". */
  private static Optional<Attribution> handleColon(LeadingAttributions b, Window w) {
    return w.length() == 3 && b.endsWithColon(w, 3) && b.phrases.isHandle(w.lo(), w.hi() - 1)
        ? Optional.of(b.resolver.resolve(w.lo(), w.hi() - 1))
        : Optional.empty();
  }

  /** "17-year-old Jared Potts echoed: “…”". */
  private static Optional<Attribution> nameVerbColon(LeadingAttributions b, Window w) {
    int hi = w.hi();
    if (!b.endsWithColon(w, 3)
        || !b.tokens.get(hi - 2).isLowerCaseWord()
        || !b.tokens.get(hi - 2).text().endsWith("ed")) {
      return Optional.empty();
    }
    int start = b.verbSubjects.subjectStart(w.lo(), hi - 2);
    return start >= 0 && b.phrases.onlyWords(w.lo(), start, SubjectPhrases.MAX_ROLE_WORDS)
        ? Optional.of(b.resolver.resolve(start, hi - 2))
        : Optional.empty();
  }

  /** "Cruz called them on it: “…”". */
  private static Optional<Attribution> clauseColon(LeadingAttributions b, Window w) {
    if (!b.endsWithColon(w, 3)) {
      return Optional.empty();
    }
    return b.phrases.clauseSubject(w.lo(), w.hi() - 1).map(b.resolver::resolvePerson);
  }

  /** "Another user: “…”", "One commenter summed it up: “…”". */
  private static Optional<Attribution> determinerColon(LeadingAttributions b, Window w) {
    if (!b.endsWithColon(w, 2) || !StructureWords.isDeterminer(b.tokens.get(w.lo()))) {
      return Optional.empty();
    }
    int end = b.phrases.forwardNpEnd(w.lo(), w.hi() - 1);
    return end > w.lo() && b.phrases.onlyWords(end, w.hi() - 1, SHORT_PREDICATE)
        ? Optional.of(b.resolver.resolve(w.lo(), end))
        : Optional.empty();
  }

  /**
   * Whether a clause with a subject of its own ("when Clinton ended …") opens in {@code [lo, v)}.
   */
  private boolean subordinateClauseBetween(int lo, int v) {
    for (int k = lo + 1; k + 1 < v; k++) {
      if (NameWords.SUBORDINATORS.contains(tokens.get(k).text())
          && tokens.get(k + 1).isCapitalized()) {
        return true;
      }
    }
    return false;
  }

  private int previousVerb(int lo, int v) {
    for (int k = v - 1; k >= lo; k--) {
      if (tokens.isVerb(k)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told": the first person
   * in a chain of names joined by "of (the)", before the preposition at {@code of}.
   */
  private Attribution firstOwner(int lo, int of) {
    Attribution owner = Attribution.NONE;
    int end = of;
    while (end > lo) {
      int head = phrases.nameRunStart(lo, end - 1);
      if (head >= end) {
        break;
      }
      Attribution person = resolver.resolvePerson(head, end);
      if (person.found()) {
        owner = person; // keep walking: an earlier name owns this one
      }
      int before = head - 1;
      if (before > lo && tokens.get(before).is("the")) {
        before--;
      }
      if (before <= lo || !tokens.get(before).is("of")) {
        break;
      }
      end = before;
    }
    return owner;
  }
}
