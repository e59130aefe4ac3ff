package io.newsdesk.quotes;

import java.util.Set;

/**
 * Reads the sentence before a quote for who said it: "X said: “…”", "X said he wanted to “…”",
 * "according to X", "Said X, “…”", "Rutte addressed the shift, saying “…”", "X: “…”" and a person's
 * words named by a noun of speech ("Trump’s call for “…”").
 */
final class LeadingAttributions {

  private static final int SHORT_PREDICATE = 5;
  private static final Set<String> INVERTING_VERBS =
      Set.of("said", "says", "added", "asked", "wrote", "writes", "continued", "explained");

  private static final Set<String> SUBORDINATORS =
      Set.of("when", "after", "as", "while", "because", "since", "before", "if", "although");

  private static final Set<String> NAMING_VERBS =
      Set.of("called", "dubbed", "termed", "branded", "labeled");

  private static final Set<String> PASSIVE_MARKERS =
      Set.of("was", "were", "is", "are", "be", "been", "being", "formerly", "commonly", "aptly");

  /** What may stand before a reporting participle whose subject is the clause's subject. */
  private static final Set<String> PARTICIPLE_OPENERS =
      Set.of(",", "upon", "while", "after", "before", "when", "by", "in");

  private static final Set<String> COORDINATORS = Set.of("and", "but", "then");

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
    for (int k = lo; k + 2 < hi; k++) {
      if (tokens.get(k).lower().equals("according") && tokens.get(k + 1).is("to")) {
        return subjects.subjectAfter(k + 2, hi);
      }
    }
    if (hi - lo >= 2 && (tokens.get(lo).is("Said") || tokens.get(lo).is("Says"))) {
      Attribution inverted = subjects.subjectAfter(lo + 1, hi); // "Said Comey, “…”"
      if (inverted.found()) {
        return inverted;
      }
    }
    Attribution introduced = colonIntroductions.nameBeforeColon(lo, hi);
    if (introduced.found()) {
      return introduced;
    }
    for (int v = hi - 1; v >= lo; v--) {
      if (!tokens.isVerb(v)) {
        continue;
      }
      if (NAMING_VERBS.contains(tokens.get(v).text())
          && v > lo
          && PASSIVE_MARKERS.contains(tokens.get(v - 1).lower())) {
        return Attribution.NONE; // "a seminar scheduled for May and dubbed “…”": named by whom?
      }
      boolean participle =
          tokens.get(v).text().endsWith("ing")
              && v > lo
              && PARTICIPLE_OPENERS.contains(tokens.get(v - 1).lower());
      if (participle) {
        // "Rutte addressed the shift, saying …", "Doe drew boos upon saying …": the subject of
        // the clause before it.
        if (subordinateClauseBetween(lo, v)) {
          return Attribution.NONE; // "He tweeted when Clinton ended it, remarking …": whose?
        }
        int earlier = previousVerb(lo, v);
        int earlierSubject = earlier < 0 ? -1 : verbSubjects.subjectStart(lo, earlier);
        if (earlierSubject >= 0) {
          // "Ryan will meet him next week, Spicer said, adding …": the nearer verb's subject.
          return resolver.resolve(earlierSubject, verbSubjects.npEnd(earlierSubject, earlier));
        }
        int[] subject = phrases.clauseSubject(lo, v);
        if (subject != null) {
          return resolver.resolve(subject[0], subject[1]);
        }
        continue;
      }
      int start = verbSubjects.subjectStart(lo, v);
      int preposition = verbSubjects.prepositionBefore(lo, start);
      if (start >= 0 && preposition >= 0) {
        // "Doe of The Ledger wrote", "Doe replied on Facebook writing": the name after a
        // preposition is no subject; the clause's subject is further back.
        Attribution apposed = subjects.apposedSubject(lo, v + 1);
        if (apposed.found()) {
          return apposed;
        }
        if (tokens.get(preposition).is("with") && tokens.get(v).text().endsWith("ing")) {
          // "…, with Trump reportedly yelling: “…”"
          return resolver.resolvePerson(start, verbSubjects.npEnd(start, v));
        }
        if (!tokens.get(preposition).is("of")) {
          int[] described = verbSubjects.qualifiedDescription(lo, v);
          if (described != null) {
            return resolver.resolve(described[0], described[1]); // "a source speaking to CNN said"
          }
          continue;
        }
        Attribution owner = firstOwner(lo, preposition);
        if (owner.found()) {
          return owner;
        }
      }
      if (start >= 0) {
        return resolver.resolve(start, verbSubjects.npEnd(start, v));
      }
      int[] described = verbSubjects.qualifiedDescription(lo, v);
      if (described != null) {
        return resolver.resolve(described[0], described[1]);
      }
      if (v > lo && tokens.get(v - 1).is(",")) {
        Attribution apposed = subjects.apposedSubject(lo, v + 1);
        if (apposed.found()) {
          return apposed; // "Clinton, 35, the daughter of …, said on Twitter, “…”"
        }
      }
      if (v > lo && COORDINATORS.contains(tokens.get(v - 1).lower())) {
        // "Carson did not name his rivals, but told supporters, “…”": the sentence's subject.
        int[] subject = phrases.clauseSubject(lo, v - 1);
        Attribution coordinated =
            subject == null ? Attribution.NONE : resolver.resolvePerson(subject[0], subject[1]);
        if (coordinated.found()) {
          return coordinated;
        }
      }
      if (INVERTING_VERBS.contains(tokens.get(v).text())) {
        Attribution afterVerb = subjects.subjectAfter(v + 1, hi); // "said Caddell: “…”"
        if (afterVerb.found()) {
          return afterVerb;
        }
      }
    }
    boolean label =
        hi - lo == 2
            && tokens.get(hi - 1).is(":")
            && NameWords.LABEL_WORDS.contains(tokens.get(lo).lower());
    if (label) {
      return Attribution.NONE; // "Quote: “…” – golf pro Joe Sucato": a label, not a speaker
    }
    if (hi - lo >= 2 && tokens.get(hi - 1).is(":") && phrases.nameRunEnd(lo, hi - 1) == hi - 1) {
      return resolver.resolve(lo, hi - 1); // "Hegseth: “…”"
    }
    if (hi - lo == 3 && tokens.get(hi - 1).is(":") && phrases.isHandle(lo, hi - 1)) {
      return resolver.resolve(lo, hi - 1); // "@patriot1776: “…”"
    }
    boolean nameThenVerbColon =
        hi - lo >= 3
            && tokens.get(hi - 1).is(":")
            && tokens.get(hi - 2).isLowerCaseWord()
            && tokens.get(hi - 2).text().endsWith("ed");
    if (nameThenVerbColon) {
      int start = verbSubjects.subjectStart(lo, hi - 2);
      if (start >= 0 && phrases.onlyWords(lo, start, SubjectPhrases.MAX_ROLE_WORDS)) {
        return resolver.resolve(start, hi - 2); // "17-year-old Jared Potts echoed: “…”"
      }
    }
    if (hi - lo >= 3 && tokens.get(hi - 1).is(":")) {
      int[] subject = phrases.clauseSubject(lo, hi - 1);
      if (subject != null) {
        return resolver.resolvePerson(subject[0], subject[1]); // "Cruz called them on it: “…”"
      }
    }
    if (hi - lo >= 2 && tokens.get(hi - 1).is(":") && SubjectWords.isDeterminer(tokens.get(lo))) {
      // "Another user: “…”", "One commenter summed it up: “…”"
      int end = phrases.forwardNpEnd(lo, hi - 1);
      if (end > lo && phrases.onlyWords(end, hi - 1, SHORT_PREDICATE)) {
        return resolver.resolve(lo, end);
      }
    }
    return ownedSpeech.ownersWords(lo, hi);
  }

  /**
   * Whether a clause with a subject of its own ("when Clinton ended …") opens in {@code [lo, v)}.
   */
  private boolean subordinateClauseBetween(int lo, int v) {
    for (int k = lo + 1; k + 1 < v; k++) {
      if (SUBORDINATORS.contains(tokens.get(k).text()) && tokens.get(k + 1).isCapitalized()) {
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
