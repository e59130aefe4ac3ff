package io.newsdesk.quotes;

import java.util.Optional;

/**
 * Finds the boundaries of the noun phrase that names a speaker, read forwards from its first token:
 * a pronoun, a name with any roles around it ("Clinton’s top foreign policy aide Jake Sullivan") or
 * a description ("the secretary"), and the subject opening a clause. Works on token indexes; the
 * subject read backwards from its reporting verb is found by {@link VerbSubjects}, a role phrase
 * before a name by {@link RolePhrases}, and deciding who the phrase refers to is {@link
 * SpeakerResolver}'s job.
 */
final class SubjectPhrases {

  static final int MAX_ROLE_WORDS = 5;
  private static final int MAX_DESCRIBED_NAME = 12;
  private static final int MAX_INTRO_WORDS = 16;

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
    if (StructureWords.PRONOUNS.contains(t.lower())) {
      return k + 1;
    }
    if (t.isWord() && t.isCapitalized() && !StructureWords.isDeterminer(t)) {
      int end = nameRunEnd(k, hi);
      int joined = end;
      while (joined + 1 < hi
          && StructureWords.NAME_JOINERS.contains(tokens.get(joined).text())
          && tokens.get(joined + 1).isCapitalized()) {
        joined = nameRunEnd(joined + 1, hi);
      }
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
    if (t.lower().equals("the") && k + 1 < hi && abbreviatedTitle(tokens.get(k + 1))) {
      int end = nameRunEnd(k + 1, hi); // "said the Rev. Peter Wherry"
      return end > k + 3 ? end : k;
    }
    if (StructureWords.isDeterminer(t)) {
      // "a prominent Republican National Committee member who …": up to the last person noun
      // before a function word, a verb or punctuation ends the description.
      int end = k;
      for (int j = k + 1; j < hi && j <= k + 6 && isDescriptive(j); j++) {
        Token u = tokens.get(j);
        boolean organisation = // "according to the Trump campaign"
            NameWords.ORGANISATION_NOUNS.contains(u.text())
                && StructureWords.isNameWord(tokens.get(j - 1));
        boolean body = // "wrote the newspaper"
            j == k + 1 && t.lower().equals("the") && NameWords.SPEAKING_BODIES.contains(u.text());
        if (NameWords.PERSON_NOUNS.contains(u.lower()) || organisation || body) {
          end = j + 1;
        }
      }
      boolean named = // "a user named Bob Green"
          end > k
              && end + 1 < hi
              && tokens.get(end).is("named")
              && tokens.get(end + 1).isCapitalized();
      if (named) {
        return nameRunEnd(end + 1, hi);
      }
      if (end == k && StructureWords.STANDALONE.contains(t.lower())) {
        return k + 1 < hi && tokens.get(k + 1).isWord() ? k : k + 1; // "wrote another."
      }
      if (end == k && t.lower().equals("a") && k + 1 < hi && isStandalone(k + 1, hi)) {
        return k + 2; // "said a third."
      }
      return end;
    }
    if (t.isLowerCaseWord()) {
      return describedNameEnd(k, hi);
    }
    int described = afterNumber(k, hi); // "9/11 widow Terry Strada"
    return described > k ? Math.max(k, describedNameEnd(described, hi)) : k;
  }

  /** "Rev." in "the Rev. Jesse Jackson": a title abbreviated before a name. */
  private static boolean abbreviatedTitle(Token t) {
    return t.isCapitalized() && NameWords.ABBREVIATIONS.contains(t.lower());
  }

  /**
   * "9/11 widow Terry Strada": a number written without spaces ("9/11", "2-year") opening a
   * description; the token after it when a lowercase word follows, else {@code k}.
   */
  private int afterNumber(int k, int hi) {
    if (!Character.isDigit(tokens.get(k).text().charAt(0))) {
      return k;
    }
    int j = k + 1;
    while (j < hi
        && tokens.get(j).start() == tokens.get(j - 1).end()
        && !tokens.get(j).isLowerCaseWord()) {
      j++;
    }
    return j < hi && tokens.get(j).isLowerCaseWord() ? j : k;
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
              || j == k && StructureWords.POSSESSIVE_DETERMINERS.contains(u.text())
              || j == k && Character.isDigit(u.text().charAt(0))
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
   * pronoun: "In a statement Thursday, Rep. Jane Doe reacted …" gives "Rep. Jane Doe"; empty when
   * the clause does not open with a person.
   */
  Optional<TokenRange> clauseSubject(int lo, int hi) {
    int start = lo;
    Token first = tokens.get(lo);
    boolean conjunction =
        StructureWords.CONJUNCTIONS.contains(first.lower())
            && lo + 1 < hi
            && tokens.get(lo + 1).isCapitalized();
    if (conjunction) {
      start = lo + 1; // "But Sen. Jane Doe, …"
    } else if (StructureWords.isIntroWord(first) || isIntroAdverb(lo, hi)) {
      // "On Thursday, after remaining neutral for months, Warren …": one or two intro phrases.
      for (int phrase = 0;
          phrase < 2
              && start < hi
              && (StructureWords.isIntroWord(tokens.get(start)) || isIntroAdverb(start, hi));
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
          return Optional.empty();
        }
      }
    }
    Token t = tokens.get(start);
    boolean person =
        StructureWords.PRONOUNS.contains(t.lower())
            || t.isWord()
                && t.isCapitalized()
                && !StructureWords.isIntroWord(t)
                && !t.text().endsWith("ing");
    if (!person) {
      return Optional.empty();
    }
    int end = forwardNpEnd(start, hi);
    if (end <= start || end >= hi) {
      return Optional.empty();
    }
    Token next = tokens.get(end);
    if (next.is("and")) {
      return Optional.empty(); // "Yahoo News and former anchor Katie Couric": not the first name
    }
    return next.isLowerCaseWord() || next.is(",") || next.is("(")
        ? Optional.of(new TokenRange(start, end))
        : Optional.empty();
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

  /** Whether the word at {@code k} stands alone for a person: "a third." but not "a third term". */
  private boolean isStandalone(int k, int hi) {
    return StructureWords.STANDALONE.contains(tokens.get(k).lower())
        && (k + 1 >= hi || !tokens.get(k + 1).isWord());
  }

  /** "Separately, …", "Ultimately, …": an adverb and a comma open the clause at {@code k}. */
  private boolean isIntroAdverb(int k, int hi) {
    Token t = tokens.get(k);
    return t.isCapitalized() && t.lower().endsWith("ly") && k + 1 < hi && tokens.get(k + 1).is(",");
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
      if (t.isWord() && (t.isCapitalized() || StructureWords.isParticle(t)) || dot || ordinal) {
        j++;
      } else if (j > k && nickname(j, hi)) {
        j += 3; // Marcia "Cia" Price
      } else {
        break;
      }
    }
    return j;
  }

  /** A capitalised word in quote marks at {@code j}, a name going on after it. */
  private boolean nickname(int j, int hi) {
    return j >= 0
        && j + 3 < hi
        && ArticleTokens.opensQuote(tokens.get(j))
        && tokens.get(j + 1).isCapitalized()
        && ArticleTokens.closesQuote(tokens.get(j + 2))
        && tokens.get(j + 3).isCapitalized();
  }

  int nameRunStart(int lo, int k) {
    int j = k;
    while (j - 1 >= lo) {
      Token t = tokens.get(j - 1);
      if (t.isWord() && t.isCapitalized()
          || t.is(".")
          || t.isWord() && StructureWords.isParticle(t)) {
        j--;
      } else if (j - 4 >= lo && nickname(j - 3, tokens.size())) {
        j -= 3; // Marcia "Cia" Price
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
