package io.newsdesk.quotes;

import java.util.Optional;

/**
 * Finds the boundaries of the noun phrase that names a speaker, read forwards from its first token:
 * a pronoun, a name with any roles around it ("Clinton’s top foreign policy aide Jake Sullivan") or
 * a description ("the secretary"), and the subject opening a clause. Works on token indexes; where
 * a name runs is {@link NameRuns}, a description {@link DescriptionPhrases}, a clause's subject
 * {@link ClauseSubjects}; the subject read backwards from its reporting verb is found by {@link
 * VerbSubjects}, a role phrase before a name by {@link RolePhrases}, and deciding who the phrase
 * refers to is {@link SpeakerResolver}'s job.
 */
final class SubjectPhrases {

  static final int MAX_ROLE_WORDS = 5;

  private final ArticleTokens tokens;
  private final NameRuns nameRuns;
  private final DescriptionPhrases descriptions;
  private final ClauseSubjects clauseSubjects;

  SubjectPhrases(ArticleTokens tokens) {
    this.tokens = tokens;
    this.nameRuns = new NameRuns(tokens);
    this.descriptions = new DescriptionPhrases(tokens, nameRuns);
    this.clauseSubjects = new ClauseSubjects(tokens, this);
  }

  /**
   * The end of a noun phrase that starts at {@code k}: a pronoun, a name or "the … official". The
   * readings in order, the first whose opening word fits deciding; {@code k} when none finds a
   * phrase.
   */
  int forwardNpEnd(int k, int hi) {
    Token t = tokens.get(k);
    if (isHandle(k, hi)) {
      return k + 2; // "tweeted @realDude"
    }
    if (StructureWords.PRONOUNS.contains(t.lower())) {
      return k + 1;
    }
    if (t.isWord() && t.isCapitalized() && !StructureWords.isDeterminer(t)) {
      return nameWithRolesEnd(k, hi);
    }
    if (t.lower().equals("the") && k + 1 < hi && abbreviatedTitle(tokens.get(k + 1))) {
      int end = nameRuns.end(k + 1, hi); // "said the Rev. Peter Wherry"
      return end > k + 3 ? end : k;
    }
    if (StructureWords.isDeterminer(t)) {
      return descriptions.determinedEnd(k, hi);
    }
    if (t.isLowerCaseWord()) {
      return descriptions.describedNameEnd(k, hi);
    }
    return descriptions.numberedEnd(k, hi);
  }

  /** "Rev." in "the Rev. Jesse Jackson": a title abbreviated before a name. */
  private static boolean abbreviatedTitle(Token t) {
    return t.isCapitalized() && NameWords.ABBREVIATIONS.contains(t.lower());
  }

  /**
   * The end of the name starting at {@code k} with any roles and names after it: "Clinton’s top
   * foreign policy aide Jake Sullivan", "Medal of Honor recipient Gary Beikirch".
   */
  private int nameWithRolesEnd(int k, int hi) {
    int end = nameRuns.end(k, hi);
    int joined = joinedNameEnd(end, hi);
    if (joined > end) {
      // "Medal of Honor recipient Gary Beikirch", "Economic and Fiscal Policy Minister Heizo
      // Takenaka": a title joined by "of" or "and" that runs into a person's name.
      int extended = extendOverRoles(joined, hi);
      if (extended > joined || hasRoleWord(end, joined)) {
        return extended;
      }
    }
    return extendOverRoles(end, hi);
  }

  /** The end of the names joined by "of" or "and" to the name ending at {@code end}. */
  private int joinedNameEnd(int end, int hi) {
    int joined = end;
    while (joined + 1 < hi
        && StructureWords.NAME_JOINERS.contains(tokens.get(joined).text())
        && tokens.get(joined + 1).isCapitalized()) {
      joined = nameRuns.end(joined + 1, hi);
    }
    return joined;
  }

  /**
   * The subject of the clause starting at {@code lo}, before {@code hi}, when it is a name or a
   * pronoun: "In a statement Thursday, Rep. Jane Doe reacted …" gives "Rep. Jane Doe"; empty when
   * the clause does not open with a person.
   */
  Optional<TokenRange> clauseSubject(int lo, int hi) {
    return clauseSubjects.subject(lo, hi);
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
      j = nameRuns.end(m, hi);
    }
    return j;
  }

  /** Whether a role word ("Minister") stands in {@code [from, to)} before its last word. */
  private boolean hasRoleWord(int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (NameWords.ROLE_WORDS.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
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

  /** Whether tokens {@code k, k + 1} are an account handle: "@" joined to a word. */
  boolean isHandle(int k, int hi) {
    return k + 1 < hi
        && tokens.get(k).is("@")
        && tokens.get(k + 1).isWord()
        && tokens.get(k + 1).start() == tokens.get(k).end();
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

  /** Whether the word at {@code k} may stand in a description: no function word, no verb. */
  boolean isDescriptive(int k) {
    return descriptions.isDescriptive(k);
  }

  /** The end of the name whose first word is at {@code k}, not going past {@code hi}. */
  int nameRunEnd(int k, int hi) {
    return nameRuns.end(k, hi);
  }

  /** The first word of the name whose last word is at {@code k}, not going before {@code lo}. */
  int nameRunStart(int lo, int k) {
    return nameRuns.start(lo, k);
  }
}
