package io.newsdesk.quotes;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the narrative around one quote for who said it: "“…,” X said", "“…,” said X", "X said:
 * “…”", "X said he wanted to “…”", "according to X", "X: “…”" and a dash after the quote ("“…” –
 * NATO Secretary General Mark Rutte"). Pronouns and descriptions ("he", "the secretary") resolve to
 * the most recent compatible person named before them.
 *
 * <p>An attribution can be found yet name nobody ("the report said"): that still settles the quote,
 * so no fallback may then pin it on the previous speaker. An unnamed person ("a spokesman said") is
 * reported as described.
 */
final class SpeakerAttributor {

  private static final int MAX_SUBJECT_DISTANCE = 12;
  private static final int MAX_TRAILING_DISTANCE = 20;
  private static final int SHORT_PREDICATE = 5;
  private static final int MAX_APPOSITION = 30;
  private static final Set<String> INVERTING_VERBS =
      Set.of("said", "says", "added", "asked", "wrote", "writes", "continued", "explained");

  private static final Set<String> RELATIVES = Set.of("who", "whose", "whom");

  /** Nouns for words someone said or wrote: "Trump’s call for “…”". */
  static final Set<String> SPEECH_NOUNS =
      Set.of(
          "tweet",
          "tweets",
          "statement",
          "comment",
          "comments",
          "remark",
          "remarks",
          "words",
          "call",
          "calls",
          "claim",
          "claims",
          "promise",
          "pledge",
          "vow",
          "message",
          "post",
          "response",
          "reply",
          "speech",
          "letter",
          "email",
          "warning",
          "assertion",
          "declaration",
          "slogan",
          "mantra",
          "refrain",
          "quip",
          "retort",
          "insistence",
          "description",
          "characterization",
          "assessment",
          "suggestion",
          "boast",
          "prediction",
          "answer",
          "question",
          "demand",
          "plea",
          "joke",
          "line",
          "catchphrase",
          "argument",
          "complaint");

  private static final Set<String> SUBORDINATORS =
      Set.of("when", "after", "as", "while", "because", "since", "before", "if", "although");

  private static final Set<String> NAMING_VERBS =
      Set.of("called", "dubbed", "termed", "branded", "labeled", "nicknamed");

  private static final Set<String> PASSIVE_MARKERS =
      Set.of(
          "was",
          "were",
          "is",
          "are",
          "be",
          "been",
          "being",
          "formerly",
          "often",
          "sometimes",
          "commonly",
          "aptly",
          "officially",
          "once",
          "also",
          "so");

  private static final Set<String> LINKS = Set.of("for", "that", "of", "to", "about", "was", "is");

  /** What may stand before a reporting participle whose subject is the clause's subject. */
  private static final Set<String> PARTICIPLE_OPENERS =
      Set.of(",", "upon", "while", "after", "before", "when", "by", "in");

  private static final Set<String> COORDINATORS = Set.of("and", "but", "then");

  private final ArticleTokens tokens;
  private final SubjectPhrases phrases;
  private final SpeakerResolver resolver;
  private final NameLines nameLines;

  SpeakerAttributor(String text, List<Token> tokens, NameIndex names, ReportingVerbs verbs) {
    this.tokens = new ArticleTokens(text, tokens, verbs);
    this.phrases = new SubjectPhrases(this.tokens);
    this.resolver = new SpeakerResolver(this.tokens, names, this.phrases);
    this.nameLines = new NameLines(this.tokens, this.phrases, names);
  }

  /** The name line ("Jane Doe, 34, Phoenix") that the text {@code [from, to)} is, or null. */
  NameLines.NameLine nameLine(int from, int to) {
    return nameLines.parse(from, to);
  }

  /** The person a name line names. */
  Attribution signedBy(NameLines.NameLine line) {
    return resolver.resolvePerson(line.nameFrom(), line.nameTo());
  }

  /**
   * Looks right after a quote ending at {@code markEnd} for "X said" up to {@code limit}; {@code
   * quoteEndsSentence} when the quote itself ends with a full stop.
   */
  Attribution after(int markEnd, int limit, boolean quoteEndsSentence) {
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
    if (k >= hi) {
      return Attribution.NONE;
    }
    Token first = tokens.get(k);
    if (ArticleTokens.isDash(first) && k + 1 < hi && tokens.get(k + 1).isCapitalized()) {
      return resolver.resolve(k + 1, phrases.nameRunEnd(k + 1, hi));
    }
    if (ArticleTokens.isDash(first) && k + 1 < hi && tokens.get(k + 1).isLowerCaseWord()) {
      int end = phrases.forwardNpEnd(k + 1, hi); // "“…” — reader Dan Blue"
      return end > k + 1 ? resolver.resolvePerson(k + 1, end) : Attribution.NONE;
    }
    boolean newSentence = first.is("He") || first.is("She"); // "“…!” She replied to him that …"
    if ((quoteEndsSentence || newSentence) && first.isCapitalized()) {
      return Attribution.NONE;
    }
    if (first.is("according") && k + 2 < hi && tokens.get(k + 1).is("to")) {
      return subjectAfter(k + 2, hi);
    }
    if (tokens.isVerb(k)) {
      return subjectAfter(k + 1, hi);
    }
    Attribution apposed = apposedSubject(k, hi);
    if (apposed.found()) {
      return apposed; // "“…,” Terrie Rizzo, the Democratic chair of Palm Beach County, said."
    }
    for (int v = k + 1; v < hi && v <= k + MAX_TRAILING_DISTANCE; v++) {
      if (tokens.isVerb(v)) {
        int start = phrases.subjectStart(k, v);
        if (v > k + MAX_SUBJECT_DISTANCE && !(start > k + 1 && tokens.get(start - 1).is(","))) {
          return Attribution.NONE;
        }
        int[] described = start < 0 ? phrases.qualifiedDescription(k, v) : null;
        if (described != null) {
          return resolver.resolve(described[0], described[1]); // "a staffer in the room wondered"
        }
        if (start > k && phrases.isRoleBeforeName(k, start - 1)) {
          return resolver.resolve(start, phrases.npEnd(start, v)); // "Doe’s aide, Max Roe, said"
        }
        boolean as = start == k + 1 && tokens.get(k).is("as"); // "“…,” as Cruz said"
        if (as) {
          return resolver.resolve(start, phrases.npEnd(start, v));
        }
        if (start == k || start > k && phrases.onlyRoleWords(k, start)) {
          return resolver.resolve(k, phrases.npEnd(k, v));
        }
        if (start > k + 1 && tokens.get(start - 1).is(",") && tokens.get(start).isCapitalized()) {
          // "“…” and against the gun law, Clinton said.": the sentence's closing attribution.
          return resolver.resolvePerson(start, phrases.npEnd(start, v));
        }
        int nameEnd = phrases.forwardNpEnd(k, v);
        if (start > k && nameEnd > start && nameEnd <= v) {
          return resolver.resolvePerson(
              k, nameEnd); // "former Bush speechwriter Noam Neusner wrote"
        }
        if (start > k
            && nameEnd < start
            && (tokens.get(nameEnd).is("of") || tokens.get(nameEnd).is("from"))
            && phrases.onlyWords(nameEnd, start, MAX_SUBJECT_DISTANCE)) {
          return resolver.resolvePerson(k, nameEnd); // "Jeffrey Lewis of the Martin Center wrote"
        }
        return Attribution.NONE;
      }
    }
    return Attribution.NONE;
  }

  /** Looks at the sentence before a quote opening at {@code markStart}, from {@code from}. */
  Attribution before(int from, int markStart) {
    int lo = tokens.tokenAt(from);
    int hi = tokens.tokenAt(markStart);
    for (int k = hi - 1; k >= lo; k--) {
      if (tokens.isSentenceEnd(k)) {
        lo = k + 1;
        break;
      }
    }
    while (lo < hi && ArticleTokens.isDash(tokens.get(lo))) {
      lo++; // "… that can be!— Cruz called them on it:"
    }
    for (int k = lo; k + 2 < hi; k++) {
      if (tokens.get(k).lower().equals("according") && tokens.get(k + 1).is("to")) {
        return subjectAfter(k + 2, hi);
      }
    }
    if (hi - lo >= 2 && (tokens.get(lo).is("Said") || tokens.get(lo).is("Says"))) {
      Attribution inverted = subjectAfter(lo + 1, hi); // "Said Comey, “…”"
      if (inverted.found()) {
        return inverted;
      }
    }
    Attribution introduced = nameBeforeColon(lo, hi);
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
        int earlier = phrases.previousVerb(lo, v);
        int earlierSubject = earlier < 0 ? -1 : phrases.subjectStart(lo, earlier);
        if (earlierSubject >= 0) {
          // "Ryan will meet him next week, Spicer said, adding …": the nearer verb's subject.
          return resolver.resolve(earlierSubject, phrases.npEnd(earlierSubject, earlier));
        }
        int[] subject = phrases.clauseSubject(lo, v);
        if (subject != null) {
          return resolver.resolve(subject[0], subject[1]);
        }
        continue;
      }
      int start = phrases.subjectStart(lo, v);
      int preposition = phrases.prepositionBefore(lo, start);
      if (start >= 0 && preposition >= 0) {
        // "Doe of The Ledger wrote", "Doe replied on Facebook writing": the name after a
        // preposition is no subject; the clause's subject is further back.
        Attribution apposed = apposedSubject(lo, v + 1);
        if (apposed.found()) {
          return apposed;
        }
        if (tokens.get(preposition).is("with") && tokens.get(v).text().endsWith("ing")) {
          // "…, with Trump reportedly yelling: “…”"
          return resolver.resolvePerson(start, phrases.npEnd(start, v));
        }
        if (!tokens.get(preposition).is("of")) {
          int[] described = phrases.qualifiedDescription(lo, v);
          if (described != null) {
            return resolver.resolve(described[0], described[1]); // "a source speaking to CNN said"
          }
          continue;
        }
        int head = phrases.nameRunStart(lo, preposition - 1);
        Attribution owner =
            head < preposition ? resolver.resolvePerson(head, preposition) : Attribution.NONE;
        if (owner.found()) {
          return owner;
        }
      }
      if (start >= 0) {
        return resolver.resolve(start, phrases.npEnd(start, v));
      }
      int[] described = phrases.qualifiedDescription(lo, v);
      if (described != null) {
        return resolver.resolve(described[0], described[1]);
      }
      if (tokens.get(v - 1).is(",")) {
        Attribution apposed = apposedSubject(lo, v + 1);
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
        Attribution afterVerb = subjectAfter(v + 1, hi); // "said Caddell: “…”"
        if (afterVerb.found()) {
          return afterVerb;
        }
      }
    }
    if (hi - lo >= 2 && tokens.get(hi - 1).is(":") && phrases.nameRunEnd(lo, hi - 1) == hi - 1) {
      return resolver.resolve(lo, hi - 1); // "Hegseth: “…”"
    }
    boolean nameThenVerbColon =
        hi - lo >= 3
            && tokens.get(hi - 1).is(":")
            && tokens.get(hi - 2).isLowerCaseWord()
            && tokens.get(hi - 2).text().endsWith("ed");
    if (nameThenVerbColon) {
      int start = phrases.subjectStart(lo, hi - 2);
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
    return ownersWords(lo, hi);
  }

  /**
   * "Trump’s call for “…”", "Clinton’s claim that “…”": a person's words, named by a noun of speech
   * owned by the person right before the quote.
   */
  private Attribution ownersWords(int lo, int hi) {
    int k = hi - 1;
    if (k >= lo && (tokens.get(k).is(",") || tokens.get(k).is(":"))) {
      k--;
    }
    if (k >= lo && LINKS.contains(tokens.get(k).text())) {
      k--;
    }
    if (k < lo || !SPEECH_NOUNS.contains(tokens.get(k).text())) {
      return Attribution.NONE;
    }
    for (int j = k - 1; j >= lo && j >= k - 3; j--) {
      Token t = tokens.get(j);
      if (t.possessive() && t.isCapitalized()) {
        return resolver.resolveOwner(phrases.nameRunStart(lo, j), j + 1);
      }
      if (!t.isLowerCaseWord() || NameWords.FUNCTION_WORDS.contains(t.text())) {
        return Attribution.NONE;
      }
    }
    return Attribution.NONE;
  }

  /**
   * "… doesn’t surprise Republican pollster Daron Shaw: “…”", "Pollsters agree - Carl Bialik: “…”":
   * a person's name right before the colon that introduces the quote, opening the sentence or
   * following a dash or a role noun. After a verb or a preposition the name is whom the words are
   * about or addressed to ("Trump told Clinton: “…”"), so that is left to other rules.
   */
  private Attribution nameBeforeColon(int lo, int hi) {
    if (hi - lo < 2 || !tokens.get(hi - 1).is(":") || !tokens.get(hi - 2).isCapitalized()) {
      return Attribution.NONE;
    }
    int start = phrases.nameRunStart(lo, hi - 2);
    if (start == lo || phrases.nameRunEnd(start, hi - 1) != hi - 1) {
      return Attribution.NONE; // a whole clause of names is the "Hegseth: “…”" rule's
    }
    int first = start;
    boolean pair = // "- Mark Blumenthal and Jon Cohen: “…”"
        start - 2 > lo && tokens.get(start - 1).is("and") && tokens.get(start - 2).isCapitalized();
    if (pair) {
      first = phrases.nameRunStart(lo, start - 2);
    }
    Token before = tokens.get(first - 1);
    boolean dash = ArticleTokens.isDash(before);
    boolean introduces =
        dash
            || before.is("from") // "More from Blumenthal and Cohen: “…”"
            || before.isLowerCaseWord()
                && !tokens.isVerb(first - 1)
                && (NameWords.PERSON_NOUNS.contains(before.text())
                    || NameWords.ROLE_WORDS.contains(before.text()));
    if (!introduces) {
      return Attribution.NONE;
    }
    if (pair) {
      Attribution one = resolver.resolvePerson(first, start - 1);
      Attribution other = resolver.resolvePerson(start, hi - 1);
      return one.speaker().isPresent() && other.speaker().isPresent()
          ? Attribution.of(Optional.of(one.speaker().get() + " and " + other.speaker().get()))
          : Attribution.NONE;
    }
    Attribution person = resolver.resolvePerson(start, hi - 1);
    return person.found() || !dash ? person : resolver.resolve(start, hi - 1); // "- HuffPollster:"
  }

  /**
   * "Name, a long apposition, said": a person's name opening the clause at {@code k}, then a comma,
   * and a reporting verb right after a later comma before {@code hi}. Inside a relative clause or a
   * description ("Doe, who called Roe, told", "Doe, the strategist who founded it tweeted") every
   * verb is the person's own, so the closing comma may be missing.
   */
  private Attribution apposedSubject(int k, int hi) {
    int[] subject = phrases.clauseSubject(k, hi);
    boolean opens =
        subject != null
            && (subject[0] == k
                || subject[0] == k + 1
                    && SubjectWords.CONJUNCTIONS.contains(tokens.get(k).lower()));
    if (!opens) {
      return Attribution.NONE;
    }
    int comma = phrases.afterPartyTag(subject[1], hi); // "Doe (D-Ohio), noting …, said"
    if (comma >= hi || !tokens.get(comma).is(",") || comma + 1 >= hi) {
      return Attribution.NONE;
    }
    Token opening = tokens.get(comma + 1);
    boolean described =
        opening.isLowerCaseWord()
            && (RELATIVES.contains(opening.text())
                || SubjectWords.isDeterminer(opening)
                || NameWords.isPersonNoun(opening.text()));
    for (int j = comma + 1; j < hi && j <= comma + MAX_APPOSITION; j++) {
      Token t = tokens.get(j);
      if (tokens.isSentenceEnd(j) || t.is(":")) {
        return Attribution.NONE;
      }
      described |= RELATIVES.contains(t.text());
      if (j == comma + 1 && t.text().endsWith("ing")) {
        described = true; // "Doe, noting the crowd, said"
        continue;
      }
      if (tokens.isVerb(j)) {
        return described && j > comma + 1 && !tokens.isVerb(comma + 1)
            ? resolver.resolvePerson(subject[0], subject[1])
            : Attribution.NONE;
      }
      if (t.is(",") && j + 1 < hi && tokens.isVerb(j + 1)) {
        return resolver.resolvePerson(subject[0], subject[1]);
      }
    }
    return Attribution.NONE;
  }

  /**
   * The person the last sentence of {@code [from, to)} is about, when its subject is a named person
   * or a pronoun: a quote standing alone after it is most likely theirs.
   */
  Attribution narrativeSubject(int from, int to) {
    int lo = tokens.tokenAt(from);
    int hi = tokens.tokenAt(to);
    while (hi > lo && !tokens.get(hi - 1).isWord() && !tokens.isSentenceEnd(hi - 1)) {
      hi--;
    }
    if (hi - lo < 3 || !tokens.get(hi - 1).is(".")) {
      return Attribution.NONE;
    }
    for (int k = hi - 2; k >= lo; k--) {
      if (tokens.isSentenceEnd(k)) {
        lo = k + 1;
        break;
      }
    }
    Attribution closing = closingAttribution(lo, hi - 1);
    if (closing.found()) {
      return closing;
    }
    int[] subject = phrases.clauseSubject(lo, hi);
    if (subject == null) {
      return Attribution.NONE;
    }
    if (tokens.get(subject[1] - 1).possessive()) {
      // "Trump’s first tweet Sunday was a measured comment.¶“…”": the owner of the words.
      for (int k = subject[1]; k < hi && k <= subject[1] + 2; k++) {
        if (SPEECH_NOUNS.contains(tokens.get(k).text())) {
          return resolver.resolveOwner(subject[0], subject[1]);
        }
      }
      return Attribution.NONE;
    }
    return resolver.resolvePerson(subject[0], subject[1]);
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

  /**
   * "Volunteers are vital to the city, Witchey said.", "…, said Jane Doe.": a sentence {@code [lo,
   * end)} reporting someone's words ends with its attribution; a quote standing alone after it goes
   * on with that speaker.
   */
  private Attribution closingAttribution(int lo, int end) {
    int comma = -1;
    for (int k = end - 1; k > lo && k >= end - MAX_SUBJECT_DISTANCE; k--) {
      if (tokens.get(k).is(",")) {
        comma = k;
        break;
      }
    }
    if (comma < 0) {
      return Attribution.NONE;
    }
    int first = comma + 1;
    if (first < end && tokens.isVerb(first)) {
      return subjectAfter(first + 1, end); // "…, said Jane Doe."
    }
    int verb = end - 1;
    while (verb > first && !tokens.isVerb(verb)) {
      verb--;
    }
    if (verb <= first || !tokens.isVerb(verb)) {
      return Attribution.NONE;
    }
    int start = phrases.subjectStart(first, verb);
    return start == first && phrases.onlyWords(verb + 1, end, 4)
        ? resolver.resolvePerson(start, phrases.npEnd(start, verb)) // "…, Witchey said."
        : Attribution.NONE;
  }

  /**
   * Whether only a participle stands between two quotes ("“A,” adding, “B”"), which makes the
   * second quote go on with the first one's speaker.
   */
  boolean onlyParticipleBetween(int from, int to) {
    int words = 0;
    for (int k = tokens.tokenAt(from); k < tokens.size() && tokens.get(k).start() < to; k++) {
      Token t = tokens.get(k);
      boolean participle =
          t.text().endsWith("ing") && (tokens.isVerb(k) || tokens.isOpeningParticiple(k));
      if (t.isWord() && (++words > 1 || !participle)) {
        return false;
      }
    }
    return words == 1;
  }

  /** Whether the quote opening at {@code markStart} starts a new sentence after {@code from}. */
  boolean startsSentence(int from, int markStart) {
    int lo = tokens.tokenAt(from);
    int k = tokens.tokenAt(markStart) - 1;
    while (k >= lo && !tokens.get(k).isWord()) {
      if (tokens.isSentenceEnd(k)) {
        return true;
      }
      k--;
    }
    return k < lo;
  }

  /** Whether {@code [from, to)} holds no words at all, only punctuation. */
  boolean noWordsBetween(int from, int to) {
    for (int k = tokens.tokenAt(from); k < tokens.size() && tokens.get(k).start() < to; k++) {
      if (tokens.get(k).isWord()) {
        return false;
      }
    }
    return true;
  }

  /** Whether the text ends with a colon just before {@code position}. */
  boolean endsWithColon(int position) {
    int k = tokens.tokenAt(position) - 1;
    return k >= 0 && tokens.get(k).is(":");
  }

  private Attribution subjectAfter(int k, int hi) {
    if (k >= hi) {
      return Attribution.NONE;
    }
    int[] named = phrases.nameAfterRole(k, hi);
    if (named != null) {
      return resolver.resolve(named[0], named[1]); // "said Doe’s top aide, Max Roe, who …"
    }
    int end = phrases.forwardNpEnd(k, hi);
    return end > k ? resolver.resolve(k, end) : Attribution.NONE;
  }
}
