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
 * <p>An attribution can be found yet name nobody ("a spokesman said", "the report said"): that
 * still settles the quote, so no fallback may then pin it on the previous speaker.
 */
final class SpeakerAttributor {

  /** The outcome for one quote: {@code found} when the text says who spoke, named or not. */
  record Attribution(boolean found, Optional<String> speaker) {
    static final Attribution NONE = new Attribution(false, Optional.empty());
    static final Attribution UNNAMED = new Attribution(true, Optional.empty());

    static Attribution of(Optional<String> speaker) {
      return new Attribution(true, speaker);
    }
  }

  private static final int MAX_SUBJECT_DISTANCE = 12;
  private static final int MAX_ROLE_WORDS = 5;
  private static final Set<String> ADVERBS =
      Set.of(
          "also",
          "later",
          "then",
          "again",
          "once",
          "has",
          "had",
          "have",
          "previously",
          "recently",
          "further",
          "repeatedly",
          "reportedly",
          "simply",
          "flatly",
          "first",
          "quickly",
          "often",
          "never",
          "would",
          "will",
          "earlier",
          "even",
          "publicly",
          "privately");
  private static final Set<String> INVERTING_VERBS =
      Set.of("said", "says", "added", "asked", "wrote", "writes", "continued", "explained");
  private static final Set<String> INDEFINITE =
      Set.of("a", "an", "another", "one", "some", "other", "several", "many", "two", "three");

  private final String text;
  private final List<Token> tokens;
  private final NameIndex names;
  private final ReportingVerbs verbs;

  SpeakerAttributor(String text, List<Token> tokens, NameIndex names, ReportingVerbs verbs) {
    this.text = text;
    this.tokens = tokens;
    this.names = names;
    this.verbs = verbs;
  }

  /**
   * Looks right after a quote ending at {@code markEnd} for "X said" up to {@code limit}; {@code
   * quoteEndsSentence} when the quote itself ends with a full stop.
   */
  Attribution after(int markEnd, int limit, boolean quoteEndsSentence) {
    int lo = tokenAt(markEnd);
    int hi = tokenAt(limit);
    for (int k = lo; k < hi; k++) {
      if (isSentenceEnd(k)) {
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
    if (isDash(first) && k + 1 < hi && tokens.get(k + 1).isCapitalized()) {
      return resolve(k + 1, nameRunEnd(k + 1, hi));
    }
    if (quoteEndsSentence && first.isCapitalized()) {
      return Attribution.NONE;
    }
    if (first.is("according") && k + 2 < hi && tokens.get(k + 1).is("to")) {
      return subjectAfter(k + 2, hi);
    }
    if (isVerb(k)) {
      return subjectAfter(k + 1, hi);
    }
    for (int v = k + 1; v < hi && v <= k + MAX_SUBJECT_DISTANCE; v++) {
      if (isVerb(v)) {
        int start = subjectStart(k, v);
        return start == k || start > k && onlyWords(k, start, MAX_ROLE_WORDS)
            ? resolve(k, npEnd(k, v))
            : Attribution.NONE;
      }
    }
    return Attribution.NONE;
  }

  /** Looks at the sentence before a quote opening at {@code markStart}, from {@code from}. */
  Attribution before(int from, int markStart) {
    int lo = tokenAt(from);
    int hi = tokenAt(markStart);
    for (int k = hi - 1; k >= lo; k--) {
      if (isSentenceEnd(k)) {
        lo = k + 1;
        break;
      }
    }
    for (int k = lo; k + 2 < hi; k++) {
      if (tokens.get(k).lower().equals("according") && tokens.get(k + 1).is("to")) {
        return subjectAfter(k + 2, hi);
      }
    }
    for (int v = hi - 1; v >= lo; v--) {
      if (!isVerb(v)) {
        continue;
      }
      boolean participle =
          tokens.get(v).text().endsWith("ing") && v > lo && tokens.get(v - 1).is(",");
      if (participle) {
        // "Rutte addressed the shift, saying …": the subject of the clause before the comma.
        int end = forwardNpEnd(lo, v);
        if (end > lo && previousVerb(lo, v) < 0) {
          return resolve(lo, end);
        }
        continue;
      }
      int start = subjectStart(lo, v);
      if (start >= 0) {
        return resolve(start, npEnd(start, v));
      }
      if (INVERTING_VERBS.contains(tokens.get(v).text())) {
        Attribution afterVerb = subjectAfter(v + 1, hi); // "said Caddell: “…”"
        if (afterVerb.found()) {
          return afterVerb;
        }
      }
    }
    if (hi - lo >= 2 && tokens.get(hi - 1).is(":") && nameRunEnd(lo, hi - 1) == hi - 1) {
      return resolve(lo, hi - 1); // "Hegseth: “…”"
    }
    boolean nameThenVerbColon =
        hi - lo >= 3
            && tokens.get(hi - 1).is(":")
            && tokens.get(hi - 2).isLowerCaseWord()
            && tokens.get(hi - 2).text().endsWith("ed");
    if (nameThenVerbColon) {
      int start = subjectStart(lo, hi - 2);
      if (start >= 0 && onlyWords(lo, start, MAX_ROLE_WORDS)) {
        return resolve(start, hi - 2); // "17-year-old Jared Potts echoed: “…”"
      }
    }
    return Attribution.NONE;
  }

  /** Whether the quote opening at {@code markStart} starts a new sentence after {@code from}. */
  boolean startsSentence(int from, int markStart) {
    int lo = tokenAt(from);
    int k = tokenAt(markStart) - 1;
    while (k >= lo && !tokens.get(k).isWord()) {
      if (isSentenceEnd(k)) {
        return true;
      }
      k--;
    }
    return k < lo;
  }

  /** Whether {@code [from, to)} holds no words at all, only punctuation. */
  boolean noWordsBetween(int from, int to) {
    for (int k = tokenAt(from); k < tokens.size() && tokens.get(k).start() < to; k++) {
      if (tokens.get(k).isWord()) {
        return false;
      }
    }
    return true;
  }

  /** Whether the text ends with a colon just before {@code position}. */
  boolean endsWithColon(int position) {
    int k = tokenAt(position) - 1;
    return k >= 0 && tokens.get(k).is(":");
  }

  private Attribution subjectAfter(int k, int hi) {
    if (k >= hi) {
      return Attribution.NONE;
    }
    int end = forwardNpEnd(k, hi);
    return end > k ? resolve(k, end) : Attribution.NONE;
  }

  /** The end of a noun phrase that starts at {@code k}: a pronoun, a name or "the … official". */
  private int forwardNpEnd(int k, int hi) {
    Token t = tokens.get(k);
    if (NameWords.PRONOUNS.contains(t.lower()) && !t.isCapitalized() || t.is("He") || t.is("She")) {
      return k + 1;
    }
    if (t.isWord() && t.isCapitalized() && !isDeterminer(t)) {
      return extendOverRoles(nameRunEnd(k, hi), hi);
    }
    if (isDeterminer(t)) {
      for (int j = k + 1; j < hi && j <= k + 6 && tokens.get(j).isWord(); j++) {
        if (NameWords.PERSON_NOUNS.contains(tokens.get(j).lower())) {
          return j + 1;
        }
      }
    }
    return k;
  }

  /**
   * "Clinton’s top foreign policy aide Jake Sullivan": after a name, a few lowercase words ending
   * in a role noun and another name belong to the same phrase, whose person is the last name.
   */
  private int extendOverRoles(int end, int hi) {
    int j = end;
    while (j < hi) {
      int m = j;
      while (m < hi && m - j < MAX_ROLE_WORDS && tokens.get(m).isLowerCaseWord()) {
        m++;
      }
      boolean roleThenName =
          m > j
              && m < hi
              && onlyDescriptiveWords(j, m)
              && tokens.get(m).isWord()
              && tokens.get(m).isCapitalized();
      if (!roleThenName) {
        break;
      }
      j = nameRunEnd(m, hi);
    }
    return j;
  }

  /** The first token of the subject right before the verb at {@code v}, or -1. */
  private int subjectStart(int lo, int v) {
    int k = skipBackOverAdjuncts(lo, v - 1);
    if (k < lo) {
      return -1;
    }
    Token t = tokens.get(k);
    if (t.is(",")) {
      for (int j = k - 1; j >= lo && j >= k - 8; j--) {
        if (tokens.get(j).is(",")) {
          if (j + 1 < k && nameRunEnd(j + 1, k) == k && !isDeterminer(tokens.get(j + 1))) {
            return j + 1; // "Carson’s business manager, Armstrong Williams, stated"
          }
          return j - 1 >= lo && tokens.get(j - 1).isCapitalized() ? nameRunStart(lo, j - 1) : -1;
        }
      }
      return -1;
    }
    if (NameWords.PRONOUNS.contains(t.lower())) {
      return k;
    }
    if (t.isWord() && t.isCapitalized() || t.is(".") && k > lo && tokens.get(k - 1).isWord()) {
      return nameRunStart(lo, k);
    }
    if (t.isLowerCaseWord() && (NameWords.PERSON_NOUNS.contains(t.lower()) || plural(t))) {
      for (int j = k; j >= lo && j >= k - 5 && tokens.get(j).isWord(); j--) {
        if (isDeterminer(tokens.get(j))) {
          return j;
        }
      }
      return k;
    }
    return -1;
  }

  /** The end of the subject phrase starting at {@code start}, which ends before verb {@code v}. */
  private int npEnd(int start, int v) {
    int end = v;
    while (end > start + 1 && ADVERBS.contains(tokens.get(end - 1).lower())) {
      end--;
    }
    for (int k = start + 1; k < end; k++) {
      if (tokens.get(k).is(",")) {
        return k;
      }
    }
    return end;
  }

  /** Steps back over adverbs, "(R-Texas)" and "on Wednesday" between a subject and its verb. */
  private int skipBackOverAdjuncts(int lo, int k) {
    for (int guard = 0; guard < 4 && k >= lo; guard++) {
      Token t = tokens.get(k);
      if (ADVERBS.contains(t.lower()) || t.isLowerCaseWord() && t.text().endsWith("ly")) {
        k--;
      } else if (t.is(")")) {
        int j = k - 1;
        while (j >= lo && j > k - 8 && !tokens.get(j).is("(")) {
          j--;
        }
        if (j < lo || !tokens.get(j).is("(")) {
          return k;
        }
        k = j - 1;
      } else if (NameWords.TIME_WORDS.contains(t.lower()) && t.isWord()) {
        k--;
        if (k >= lo && (tokens.get(k).is("on") || tokens.get(k).is("last"))) {
          k--;
        }
      } else {
        return k;
      }
    }
    return k;
  }

  private int previousVerb(int lo, int v) {
    for (int k = v - 1; k >= lo; k--) {
      if (isVerb(k)) {
        return k;
      }
    }
    return -1;
  }

  private boolean onlyWords(int from, int to, int max) {
    if (to - from > max) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!tokens.get(k).isWord() || isVerb(k)) {
        return false;
      }
    }
    return true;
  }

  /** "party boss", "state director": no preposition, pronoun or verb ("Trump of Clinton"). */
  private boolean onlyDescriptiveWords(int from, int to) {
    for (int k = from; k < to; k++) {
      if (NameWords.FUNCTION_WORDS.contains(tokens.get(k).lower()) || isVerb(k)) {
        return false;
      }
    }
    return true;
  }

  private Attribution resolve(int from, int to) {
    Token first = tokens.get(from);
    Token last = tokens.get(to - 1);
    if (last.possessive()) {
      return Attribution.UNNAMED;
    }
    if (to - from == 1 && NameWords.PRONOUNS.contains(first.lower())) {
      return Attribution.of(names.lastPersonBefore(first.start()));
    }
    if (INDEFINITE.contains(first.lower())) {
      return Attribution.UNNAMED;
    }
    if (first.lower().equals("the") && !last.isCapitalized()) {
      String head = last.lower();
      if (!NameWords.PERSON_NOUNS.contains(head)) {
        return Attribution.UNNAMED;
      }
      // "the secretary" is the most recent person whose role fits; a guess beyond that could
      // name the wrong person, so the speaker then stays unknown.
      return Attribution.of(names.lastPersonWithRole(head, first.start()));
    }
    Optional<String> person = names.personAt(first.start(), last.end());
    if (person.isPresent()) {
      names.markSpeaker(person.get());
      return Attribution.of(person);
    }
    return Attribution.of(organisation(from, to));
  }

  /** "Breitbart News responded": a capitalised subject naming no person is an organisation. */
  private Optional<String> organisation(int from, int to) {
    int k = from;
    while (k < to && NameWords.FUNCTION_WORDS.contains(tokens.get(k).lower())) {
      k++;
    }
    if (k >= to) {
      return Optional.empty();
    }
    for (int j = k; j < to; j++) {
      Token t = tokens.get(j);
      if (!t.isCapitalized()
          || NameWords.PRONOUNS.contains(t.lower())
          || NameWords.TIME_WORDS.contains(t.lower())) {
        return Optional.empty();
      }
    }
    return Optional.of(text.substring(tokens.get(k).start(), tokens.get(to - 1).end()));
  }

  private int nameRunEnd(int k, int hi) {
    int j = k;
    while (j < hi) {
      Token t = tokens.get(j);
      boolean dot = t.is(".") && j > k && tokens.get(j - 1).end() == t.start();
      if (t.isWord() && (t.isCapitalized() || isParticle(t)) || dot) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private int nameRunStart(int lo, int k) {
    int j = k;
    while (j - 1 >= lo) {
      Token t = tokens.get(j - 1);
      if (t.isWord() && t.isCapitalized() || t.is(".") || t.isWord() && isParticle(t)) {
        j--;
      } else {
        break;
      }
    }
    while (j < k && !tokens.get(j).isWord()) {
      j++;
    }
    return j;
  }

  private boolean isVerb(int k) {
    Token t = tokens.get(k);
    return t.isLowerCaseWord() && verbs.contains(t.text());
  }

  private boolean isSentenceEnd(int k) {
    Token t = tokens.get(k);
    if (!t.is(".") && !t.is("?") && !t.is("!")) {
      return false;
    }
    if (t.is(".") && k > 0) {
      Token prev = tokens.get(k - 1);
      boolean abbreviation =
          prev.end() == t.start()
              && (NameWords.ABBREVIATIONS.contains(prev.lower())
                  || prev.text().length() == 1 && prev.isCapitalized());
      if (abbreviation) {
        return false;
      }
    }
    if (k + 1 >= tokens.size()) {
      return true;
    }
    Token next = tokens.get(k + 1);
    return next.isCapitalized() || !next.isWord();
  }

  private int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean plural(Token t) {
    return switch (t.lower()) {
      case "officials", "aides", "sources", "advisers", "spokesmen", "experts", "critics" -> true;
      default -> false;
    };
  }

  private static boolean isDeterminer(Token t) {
    return t.lower().equals("the") || INDEFINITE.contains(t.lower());
  }

  private static boolean isDash(Token t) {
    return t.is("\u2014") || t.is("\u2013") || t.is("-");
  }

  private static boolean isParticle(Token t) {
    return t.isLowerCaseWord() && Set.of("de", "van", "von", "bin", "al", "del").contains(t.text());
  }
}
