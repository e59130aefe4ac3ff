package io.newsdesk.quotes;

import java.util.Set;

/**
 * Finds the boundaries of the noun phrase that names a speaker: a pronoun, a name with any roles
 * around it ("Clinton’s top foreign policy aide Jake Sullivan") or a description ("the secretary").
 * Works on token indexes; deciding who the phrase refers to is {@link SpeakerResolver}'s job.
 */
final class SubjectPhrases {

  static final int MAX_ROLE_WORDS = 5;
  private static final int MAX_ROLE_PHRASE = 9;
  private static final int MAX_DESCRIBED_NAME = 12;
  private static final int MAX_INTRO_WORDS = 10;
  private static final int MAX_QUALIFIED_DESCRIPTION = 22;

  /** Words that join the parts of a title: "Medal of Honor", "Economic and Fiscal Policy". */
  private static final Set<String> JOINERS = Set.of("of", "and", "for");

  /** Words that open or join clauses, never part of a role before a name. */
  private static final Set<String> CLAUSE_WORDS =
      Set.of(
          "but",
          "what",
          "that",
          "which",
          "when",
          "if",
          "because",
          "so",
          "then",
          "yet",
          "while",
          "although",
          "though",
          "as",
          "than",
          "where",
          "how",
          "why",
          "to",
          "in",
          "on",
          "at",
          "with",
          "from",
          "by",
          "about",
          "also",
          "even",
          "not");

  /**
   * Words that open a qualifier after a person noun: "familiar with", "who spoke", "in the room".
   */
  private static final Set<String> QUALIFIERS =
      Set.of("who", "familiar", "close", "in", "at", "from", "with", "on", "inside", "within");

  private final ArticleTokens tokens;

  SubjectPhrases(ArticleTokens tokens) {
    this.tokens = tokens;
  }

  /** The end of a noun phrase that starts at {@code k}: a pronoun, a name or "the … official". */
  int forwardNpEnd(int k, int hi) {
    Token t = tokens.get(k);
    if (isHandle(k, hi)) {
      return k + 2; // "tweeted @realDude"
    }
    if (NameWords.PRONOUNS.contains(t.lower()) && !t.isCapitalized() || t.is("He") || t.is("She")) {
      return k + 1;
    }
    if (t.isWord() && t.isCapitalized() && !SubjectWords.isDeterminer(t)) {
      int end = nameRunEnd(k, hi);
      int joined = end;
      while (joined + 1 < hi
          && JOINERS.contains(tokens.get(joined).text())
          && tokens.get(joined + 1).isCapitalized()) {
        joined = nameRunEnd(joined + 1, hi);
      }
      if (joined > end) {
        // "Medal of Honor recipient Gary Beikirch", "Economic and Fiscal Policy Minister Heizo
        // Takenaka": a title joined by "of" or "and" that runs into a person's name.
        int extended = extendOverRoles(joined, hi);
        if (extended > joined || roleThenName(end, joined)) {
          return extended;
        }
      }
      return extendOverRoles(end, hi);
    }
    if (SubjectWords.isDeterminer(t)) {
      // "a prominent Republican National Committee member who …": up to the last person noun
      // before a function word, a verb or punctuation ends the description.
      int end = k;
      for (int j = k + 1; j < hi && j <= k + 6 && isDescriptive(j); j++) {
        if (NameWords.PERSON_NOUNS.contains(tokens.get(j).lower())) {
          end = j + 1;
        }
      }
      if (end == k && SubjectWords.STANDALONE.contains(t.lower())) {
        return k + 1 < hi && tokens.get(k + 1).isWord() ? k : k + 1; // "wrote another."
      }
      if (end == k && t.lower().equals("a") && k + 1 < hi && isStandalone(k + 1, hi)) {
        return k + 2; // "said a third."
      }
      return end;
    }
    return t.isLowerCaseWord() ? describedNameEnd(k, hi) : k;
  }

  /**
   * "former Obama adviser David Axelrod", "retired neurosurgeon Ben Carson": lowercase words of a
   * description running into a name, which ends the phrase; {@code k} when no name follows.
   */
  private int describedNameEnd(int k, int hi) {
    int j = k;
    int nameEnd = -1;
    while (j < hi && j - k < MAX_DESCRIBED_NAME) {
      Token u = tokens.get(j);
      boolean ofRole = // "master of ceremonies Asab Al-Tabchi", "chief of staff Max Roe"
          u.is("of")
              && j > k
              && tokens.get(j - 1).isLowerCaseWord()
              && j + 1 < hi
              && tokens.get(j + 1).isLowerCaseWord()
              && !NameWords.FUNCTION_WORDS.contains(tokens.get(j + 1).text());
      boolean word =
          ofRole
              || u.isWord() && !(u.isLowerCaseWord() && NameWords.FUNCTION_WORDS.contains(u.text()))
              || u.is("former")
              || j == k && SubjectWords.POSSESSIVE_DETERMINERS.contains(u.text())
              || u.is("and") && nameEnd == j && j + 1 < hi && tokens.get(j + 1).isCapitalized();
      boolean dot = u.is(".") && j > k && tokens.get(j - 1).end() == u.start();
      if (!(word && !tokens.isVerb(j) || dot)) {
        break;
      }
      j++;
      if (u.isCapitalized() || dot && nameEnd == j - 1) {
        nameEnd = j;
      }
    }
    return nameEnd == j ? nameEnd : k;
  }

  /**
   * The subject of the clause starting at {@code lo}, before {@code hi}, when it is a name or a
   * pronoun: "In a statement Thursday, Rep. Jane Doe reacted …" gives "Rep. Jane Doe". Returns
   * {@code {start, end}}, or null when the clause does not open with a person.
   */
  int[] clauseSubject(int lo, int hi) {
    int start = lo;
    Token first = tokens.get(lo);
    boolean conjunction =
        SubjectWords.CONJUNCTIONS.contains(first.lower())
            && lo + 1 < hi
            && tokens.get(lo + 1).isCapitalized();
    if (conjunction) {
      start = lo + 1; // "But Sen. Jane Doe, …"
    } else if (SubjectWords.isIntroWord(first) || isIntroAdverb(lo, hi)) {
      // "On Thursday, after remaining neutral for months, Warren …": one or two intro phrases.
      for (int phrase = 0;
          phrase < 2 && start < hi && SubjectWords.isIntroWord(tokens.get(start));
          phrase++) {
        int from = start;
        start = -1;
        for (int k = from + 1; k < hi && k <= from + MAX_INTRO_WORDS; k++) {
          if (tokens.get(k).is(",")) {
            start = k + 1;
            break;
          }
        }
        if (start < 0 || start >= hi) {
          return null;
        }
      }
    }
    Token t = tokens.get(start);
    boolean person =
        NameWords.PRONOUNS.contains(t.lower())
            || t.isWord()
                && t.isCapitalized()
                && !SubjectWords.isIntroWord(t)
                && !t.text().endsWith("ing");
    if (!person) {
      return null;
    }
    int end = forwardNpEnd(start, hi);
    if (end <= start || end >= hi) {
      return null;
    }
    Token next = tokens.get(end);
    if (next.is("and")) {
      return null; // "Yahoo News and former anchor Katie Couric": not the first name alone
    }
    return next.isLowerCaseWord() || next.is(",") || next.is("(") ? new int[] {start, end} : null;
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
              && !tokens.get(m - 1).text().endsWith("ed") // "Doe praised Roe"
              && tokens.get(m).isWord()
              && tokens.get(m).isCapitalized();
      if (!roleThenName) {
        break;
      }
      j = nameRunEnd(m, hi);
    }
    return j;
  }

  /**
   * Whether {@code [from, comma)} is a role phrase and {@code comma} the comma before the name of
   * the person holding it: "Doe’s deputy campaign chief, Max Amber", "his wife, Mary Amber".
   */
  boolean isRoleBeforeName(int from, int comma) {
    if (comma <= from || comma - from > MAX_ROLE_PHRASE || !tokens.get(comma).is(",")) {
      return false;
    }
    boolean role = false;
    for (int k = from; k < comma; k++) {
      Token t = tokens.get(k);
      boolean abbreviation = t.is(".") && k > from && tokens.get(k - 1).end() == t.start();
      if (!(t.isWord() || abbreviation) || tokens.isVerb(k) || t.is("and") || t.is("or")) {
        return false;
      }
      if (t.isLowerCaseWord() && NameWords.isPersonNoun(t.text())) {
        role = true;
      } else if (role && t.isCapitalized()) {
        return false; // "voter Jane Doe of Austin, …": the phrase already holds the name
      }
    }
    return role;
  }

  /**
   * "Doe’s deputy campaign chief, Max Amber, who …": the name {@code {start, end}} after a role
   * phrase starting at {@code k}, or null.
   */
  int[] nameAfterRole(int k, int hi) {
    for (int c = k + 1; c < hi && c <= k + MAX_ROLE_PHRASE; c++) {
      if (tokens.get(c).is(",")) {
        if (!isRoleBeforeName(k, c) || c + 1 >= hi || !tokens.get(c + 1).isCapitalized()) {
          return null;
        }
        int end = nameRunEnd(c + 1, hi);
        boolean closed = end == hi || !tokens.get(end).isWord();
        return closed ? new int[] {c + 1, end} : null;
      }
    }
    return null;
  }

  /**
   * The preposition right before the name starting at {@code start} ("of The Ledger", "on the
   * Hill"), or -1.
   */
  int prepositionBefore(int lo, int start) {
    int k = start - 1;
    if (k > lo && tokens.get(k).is("the")) {
      k--;
    }
    return start > lo && k >= lo && SubjectWords.PREPOSITIONS.contains(tokens.get(k).text())
        ? k
        : -1;
  }

  /** The token after a party tag "(D-Ohio)" starting at {@code k}, or {@code k} without one. */
  int afterPartyTag(int k, int hi) {
    if (k >= hi || !tokens.get(k).is("(")) {
      return k;
    }
    for (int j = k + 1; j < hi && j <= k + 8; j++) {
      if (tokens.get(j).is(")")) {
        return j + 1;
      }
    }
    return k;
  }

  /** Whether the word at {@code k} stands alone for a person: "a third." but not "a third term". */
  private boolean isStandalone(int k, int hi) {
    return SubjectWords.STANDALONE.contains(tokens.get(k).lower())
        && (k + 1 >= hi || !tokens.get(k + 1).isWord());
  }

  /** "Separately, …", "Ultimately, …": an adverb and a comma open the clause at {@code k}. */
  private boolean isIntroAdverb(int k, int hi) {
    Token t = tokens.get(k);
    return t.isCapitalized() && t.lower().endsWith("ly") && k + 1 < hi && tokens.get(k + 1).is(",");
  }

  /** Whether a role word stands in {@code [from, to)} with a name after it before {@code to}. */
  private boolean roleThenName(int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (NameWords.ROLE_WORDS.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens {@code k, k + 1} are an account handle: "@" joined to a word. */
  boolean isHandle(int k, int hi) {
    return k + 1 < hi
        && tokens.get(k).is("@")
        && tokens.get(k + 1).isWord()
        && tokens.get(k + 1).start() == tokens.get(k).end();
  }

  /** The first token of the subject right before the verb at {@code v}, or -1. */
  int subjectStart(int lo, int v) {
    if (v - 2 >= lo && isHandle(v - 2, v)) {
      return v - 2; // "@patriot1776 tweeted"
    }
    int k = skipBackOverAdjuncts(lo, beforeVerbGroup(lo, v));
    if (k < lo) {
      return -1;
    }
    Token t = tokens.get(k);
    if (t.is(",") && k - 1 >= lo && tokens.get(k - 1).is(")")) {
      // "Gov. John Kasich (R-OH), said": the comma closes the party tag, not an apposition.
      int named = skipBackOverAdjuncts(lo, k - 1);
      if (named >= lo && named < k - 1 && tokens.get(named).isCapitalized()) {
        return nameRunStart(lo, named);
      }
    }
    if (t.is(",")) {
      for (int j = k - 1; j >= lo && j >= k - 8; j--) {
        if (tokens.get(j).is(",")) {
          if (SubjectWords.isPartyTag(tokens, j + 1, k)
              && j - 1 >= lo
              && tokens.get(j - 1).isCapitalized()) {
            return nameRunStart(lo, j - 1); // "Sen. Ron Johnson, R-Wis., said"
          }
          if (j + 1 < k
              && nameRunEnd(j + 1, k) == k
              && !SubjectWords.isDeterminer(tokens.get(j + 1))) {
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
    if (t.isLowerCaseWord() && SubjectWords.STANDALONE.contains(t.text())) {
      // "“…,” one wrote.", "A third added", "Yet another said": an unnamed person of a round-up,
      // opening its clause ("At one point", "In another tweet" are no subjects).
      int start = k > lo && tokens.get(k - 1).lower().equals("a") ? k - 1 : k;
      Token before = start > lo ? tokens.get(start - 1) : null;
      boolean opensClause =
          before == null
              || !before.isWord()
              || before.is("Yet")
              || before.is("Still")
              || before.is("yet");
      return opensClause ? start : -1;
    }
    if (t.isWord() && t.isCapitalized() || t.is(".") && k > lo && tokens.get(k - 1).isWord()) {
      return nameRunStart(lo, k);
    }
    if (t.isLowerCaseWord()
        && (NameWords.PERSON_NOUNS.contains(t.lower()) || SubjectWords.plural(t))) {
      for (int j = k; j >= lo && j >= k - 5 && tokens.get(j).isWord(); j--) {
        if (SubjectWords.isDeterminer(tokens.get(j))) {
          return j;
        }
      }
      return k;
    }
    return -1;
  }

  /**
   * "Another source familiar with Cruz’s thinking said", "a White House official who spoke
   * anonymously said Wednesday", "a staffer in the room wondered": a description of a person
   * opening the clause at {@code lo} (or after a comma in it), qualified by the words up to the
   * reporting verb {@code v}. Returns the description without its qualifier as {@code {start,
   * end}}, or null.
   */
  int[] qualifiedDescription(int lo, int v) {
    for (int k = lo; k < v; k++) {
      boolean afterIntro =
          k > lo
              && tokens.get(k - 1).is(",")
              && !(k - 2 >= lo && (tokens.get(k - 2).isCapitalized() || tokens.get(k - 2).is(")")));
      if (k > lo && !afterIntro) {
        continue; // after "Doe," the description is an apposition to the name
      }
      int[] found = qualifiedDescriptionAt(k, v);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private int[] qualifiedDescriptionAt(int k, int v) {
    if (v - k > MAX_QUALIFIED_DESCRIPTION || !SubjectWords.isDeterminer(tokens.get(k))) {
      return null;
    }
    int head = -1;
    for (int j = k + 1; j < v && j <= k + MAX_ROLE_WORDS && isDescriptive(j); j++) {
      if (NameWords.PERSON_NOUNS.contains(tokens.get(j).lower())) {
        head = j;
      }
    }
    if (head < 0 || head + 1 >= v) {
      return null;
    }
    Token next = tokens.get(head + 1);
    boolean qualified =
        next.is(",")
            || QUALIFIERS.contains(next.lower())
            || next.isLowerCaseWord() && next.text().endsWith("ing");
    if (!qualified) {
      return null;
    }
    for (int j = head + 1; j < v; j++) {
      if (tokens.isSentenceEnd(j) || tokens.get(j).is(":") || tokens.get(j).is("\"")) {
        return null;
      }
    }
    return new int[] {k, head + 1};
  }

  /** The end of the subject phrase starting at {@code start}, which ends before verb {@code v}. */
  int npEnd(int start, int v) {
    int end = Math.max(start + 1, skipBackOverAdjuncts(start, beforeVerbGroup(start, v)) + 1);
    for (int k = start + 1; k < end; k++) {
      if (tokens.get(k).is(",")) {
        return k;
      }
    }
    return end;
  }

  /**
   * The last token before the auxiliaries of the verb at {@code v}: "Doe is quoted as saying",
   * "Doe, for her part, is labeling it".
   */
  private int beforeVerbGroup(int lo, int v) {
    int last = v - 1;
    if (last > lo && tokens.get(v).text().endsWith("ing")) {
      if (last - 2 > lo && tokens.get(last).is("as") && tokens.get(last - 1).is("quoted")) {
        last -= 2;
      }
      String auxiliary = tokens.get(last).text();
      if (auxiliary.equals("is") || auxiliary.equals("was") || auxiliary.equals("been")) {
        last--;
      }
    }
    return last;
  }

  /** Steps back over adverbs, "(R-Texas)" and "on Wednesday" between a subject and its verb. */
  private int skipBackOverAdjuncts(int lo, int k) {
    for (int guard = 0; guard < 4 && k >= lo; guard++) {
      Token t = tokens.get(k);
      if (t.isLowerCaseWord() && SubjectWords.isAdverb(t)) {
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

  int previousVerb(int lo, int v) {
    for (int k = v - 1; k >= lo; k--) {
      if (tokens.isVerb(k)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether {@code [from, to)} are a few words of a role before a name ("former party adviser"),
   * not the rest of a clause ("but also hungry for what").
   */
  boolean onlyRoleWords(int from, int to) {
    if (from < to && (tokens.get(from).is("and") || tokens.get(from).is("or"))) {
      return false; // "“…” and Trump calling it …": another clause
    }
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (t.isLowerCaseWord() && CLAUSE_WORDS.contains(t.text())) {
        return false;
      }
    }
    return onlyWords(from, to, MAX_ROLE_WORDS);
  }

  /** Whether {@code [from, to)} holds at most {@code max} words and nothing else. */
  boolean onlyWords(int from, int to, int max) {
    if (to - from > max) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!tokens.get(k).isWord() || tokens.isVerb(k)) {
        return false;
      }
    }
    return true;
  }

  private boolean isDescriptive(int k) {
    Token t = tokens.get(k);
    return t.isWord()
        && (t.isCapitalized() || t.is("former") || !NameWords.FUNCTION_WORDS.contains(t.text()))
        && !tokens.isVerb(k);
  }

  /** "party boss", "state director": no preposition, pronoun or verb ("Trump of Clinton"). */
  private boolean onlyDescriptiveWords(int from, int to) {
    for (int k = from; k < to; k++) {
      if (NameWords.FUNCTION_WORDS.contains(tokens.get(k).lower()) || tokens.isVerb(k)) {
        return false;
      }
    }
    return true;
  }

  int nameRunEnd(int k, int hi) {
    int j = k;
    while (j < hi) {
      Token t = tokens.get(j);
      boolean dot = t.is(".") && j > k && tokens.get(j - 1).end() == t.start();
      boolean ordinal =
          t.isOrdinal() && j > k && j + 1 < hi && tokens.get(j + 1).isCapitalized(); // "1st Lt."
      if (t.isWord() && (t.isCapitalized() || SubjectWords.isParticle(t)) || dot || ordinal) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  int nameRunStart(int lo, int k) {
    int j = k;
    while (j - 1 >= lo) {
      Token t = tokens.get(j - 1);
      if (t.isWord() && t.isCapitalized()
          || t.is(".")
          || t.isWord() && SubjectWords.isParticle(t)) {
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
}
