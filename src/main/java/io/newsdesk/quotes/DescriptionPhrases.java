package io.newsdesk.quotes;

/**
 * Where a phrase that describes its speaker ends, read forwards from its first word: a description
 * after a determiner ("a prominent Republican National Committee member who …", "the Trump
 * campaign", "a user named Bob Green", "a third."), lowercase words running into a name ("former
 * Obama adviser David Axelrod") and a description opened by a number ("9/11 widow Terry Strada").
 * The readings of {@link SubjectPhrases} for phrases that do not open with a name.
 */
final class DescriptionPhrases {

  private static final int MAX_DETERMINED_WORDS = 6;
  private static final int MAX_DESCRIBED_NAME = 12;

  private final ArticleTokens tokens;
  private final NameRuns nameRuns;

  DescriptionPhrases(ArticleTokens tokens, NameRuns nameRuns) {
    this.tokens = tokens;
    this.nameRuns = nameRuns;
  }

  /**
   * The end of a description opened by the determiner at {@code k}: up to the last person noun
   * before a function word, a verb or punctuation ends it, or the name after "named"; a word that
   * stands alone for a person ("another.", "a third."); {@code k} when there is none.
   */
  int determinedEnd(int k, int hi) {
    int end = headNounEnd(k, hi);
    if (end == k) {
      return standaloneEnd(k, hi);
    }
    boolean named = // "a user named Bob Green"
        end + 1 < hi && tokens.get(end).is("named") && tokens.get(end + 1).isCapitalized();
    return named ? nameRuns.end(end + 1, hi) : end;
  }

  /** The end of the last person noun of the description opened at {@code k}, or {@code k}. */
  private int headNounEnd(int k, int hi) {
    int end = k;
    for (int j = k + 1; j < hi && j <= k + MAX_DETERMINED_WORDS && isDescriptive(j); j++) {
      if (isHeadNoun(k, j)) {
        end = j + 1;
      }
    }
    return end;
  }

  /**
   * Whether the word at {@code j} names the person or body that the phrase opened at {@code k} is.
   */
  private boolean isHeadNoun(int k, int j) {
    Token u = tokens.get(j);
    boolean organisation = // "according to the Trump campaign"
        NameWords.ORGANISATION_NOUNS.contains(u.text())
            && StructureWords.isNameWord(tokens.get(j - 1));
    boolean body = // "wrote the newspaper"
        j == k + 1
            && tokens.get(k).lower().equals("the")
            && NameWords.SPEAKING_BODIES.contains(u.text());
    return NameWords.PERSON_NOUNS.contains(u.lower()) || organisation || body;
  }

  /** "wrote another.", "said a third.": the end of a word standing alone for a person, or k. */
  private int standaloneEnd(int k, int hi) {
    Token t = tokens.get(k);
    if (StructureWords.STANDALONE.contains(t.lower())) {
      return k + 1 < hi && tokens.get(k + 1).isWord() ? k : k + 1; // "wrote another."
    }
    if (t.lower().equals("a") && k + 1 < hi && isStandalone(k + 1, hi)) {
      return k + 2; // "said a third."
    }
    return k;
  }

  /** Whether the word at {@code k} stands alone for a person: "a third." but not "a third term". */
  private boolean isStandalone(int k, int hi) {
    return StructureWords.STANDALONE.contains(tokens.get(k).lower())
        && (k + 1 >= hi || !tokens.get(k + 1).isWord());
  }

  /**
   * "former Obama adviser David Axelrod", "retired neurosurgeon Ben Carson": lowercase words of a
   * description running into a name, which ends the phrase; {@code k} when no name follows.
   */
  int describedNameEnd(int k, int hi) {
    int j = k;
    int nameEnd = -1;
    while (j < hi && j - k < MAX_DESCRIBED_NAME) {
      Token u = tokens.get(j);
      boolean dot = u.is(".") && j > k && tokens.get(j - 1).end() == u.start();
      if (!(isDescriptionWord(k, j, nameEnd, hi) && !tokens.isVerb(j) || dot)) {
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
   * Whether the token at {@code j} may go on the description opened at {@code k}, whose name so far
   * ends at {@code nameEnd}.
   */
  private boolean isDescriptionWord(int k, int j, int nameEnd, int hi) {
    Token u = tokens.get(j);
    return isOfInRole(k, j, hi)
        || u.isWord() && !(u.isLowerCaseWord() && NameWords.FUNCTION_WORDS.contains(u.text()))
        || u.is("former")
        || j == k && StructureWords.POSSESSIVE_DETERMINERS.contains(u.text())
        || j == k && Character.isDigit(u.text().charAt(0))
        || u.is("and") && nameEnd == j && j + 1 < hi && tokens.get(j + 1).isCapitalized();
  }

  /** "master of ceremonies Asab Al-Tabchi", "chief of staff Max Roe": "of" inside a role. */
  private boolean isOfInRole(int k, int j, int hi) {
    return tokens.get(j).is("of")
        && j > k
        && tokens.get(j - 1).isLowerCaseWord()
        && j + 1 < hi
        && tokens.get(j + 1).isLowerCaseWord()
        && !NameWords.FUNCTION_WORDS.contains(tokens.get(j + 1).text());
  }

  /**
   * "9/11 widow Terry Strada": the end of a description opened by a number at {@code k} and running
   * into a name, or {@code k}.
   */
  int numberedEnd(int k, int hi) {
    int described = afterNumber(k, hi);
    return described > k ? Math.max(k, describedNameEnd(described, hi)) : k;
  }

  /**
   * A number written without spaces ("9/11", "2-year") opening a description at {@code k}: the
   * token after it when a lowercase word follows, else {@code k}.
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

  /** Whether the word at {@code k} may stand in a description: no function word, no verb. */
  boolean isDescriptive(int k) {
    Token t = tokens.get(k);
    return t.isWord()
        && (t.isCapitalized() || t.is("former") || !NameWords.FUNCTION_WORDS.contains(t.text()))
        && !tokens.isVerb(k);
  }
}
