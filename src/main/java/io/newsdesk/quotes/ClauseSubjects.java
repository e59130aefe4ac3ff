package io.newsdesk.quotes;

import java.util.Optional;

/**
 * The subject opening a clause, when it is a name or a pronoun: "In a statement Thursday, Rep. Jane
 * Doe reacted …" gives "Rep. Jane Doe". Steps over what may open the clause before its subject (a
 * conjunction, one or two intro phrases), then reads the subject with {@link
 * SubjectPhrases#forwardNpEnd}.
 */
final class ClauseSubjects {

  private static final int MAX_INTRO_PHRASES = 2;
  private static final int MAX_INTRO_WORDS = 16;

  private final ArticleTokens tokens;
  private final SubjectPhrases phrases;

  ClauseSubjects(ArticleTokens tokens, SubjectPhrases phrases) {
    this.tokens = tokens;
    this.phrases = phrases;
  }

  /**
   * The subject of the clause starting at {@code lo}, before {@code hi}; empty when the clause does
   * not open with a person.
   */
  Optional<TokenRange> subject(int lo, int hi) {
    int start = afterOpening(lo, hi);
    if (start < 0 || !opensWithPerson(tokens.get(start))) {
      return Optional.empty();
    }
    int end = phrases.forwardNpEnd(start, hi);
    if (end <= start || end >= hi) {
      return Optional.empty();
    }
    return endsSubject(tokens.get(end))
        ? Optional.of(new TokenRange(start, end))
        : Optional.empty();
  }

  /**
   * Where the subject may start: after a conjunction ("But Sen. Jane Doe, …") or after one or two
   * intro phrases ("On Thursday, after remaining neutral for months, Warren …"); -1 when an intro
   * phrase finds no comma to end it.
   */
  private int afterOpening(int lo, int hi) {
    boolean conjunction =
        StructureWords.CONJUNCTIONS.contains(tokens.get(lo).lower())
            && lo + 1 < hi
            && tokens.get(lo + 1).isCapitalized();
    if (conjunction) {
      return lo + 1;
    }
    int start = lo;
    for (int phrase = 0;
        phrase < MAX_INTRO_PHRASES && start < hi && opensIntroPhrase(start, hi);
        phrase++) {
      start = afterIntroPhrase(start, hi);
      if (start < 0 || start >= hi) {
        return -1;
      }
    }
    return start;
  }

  /** Whether an intro phrase ("On Thursday,", "Separately,") opens at {@code k}. */
  private boolean opensIntroPhrase(int k, int hi) {
    return StructureWords.isIntroWord(tokens.get(k)) || isIntroAdverb(k, hi);
  }

  /** "Separately, …", "Ultimately, …": an adverb and a comma open the clause at {@code k}. */
  private boolean isIntroAdverb(int k, int hi) {
    Token t = tokens.get(k);
    return t.isCapitalized() && t.lower().endsWith("ly") && k + 1 < hi && tokens.get(k + 1).is(",");
  }

  /** The token after the comma that ends the intro phrase opening at {@code from}, or -1. */
  private int afterIntroPhrase(int from, int hi) {
    for (int k = from + 1; k < hi && k <= from + MAX_INTRO_WORDS; k++) {
      if (tokens.get(k).is(",")) {
        return k + 1;
      }
    }
    return -1;
  }

  /** Whether the clause's subject starting with {@code t} may be a person: a pronoun or a name. */
  private static boolean opensWithPerson(Token t) {
    return StructureWords.PRONOUNS.contains(t.lower())
        || t.isWord()
            && t.isCapitalized()
            && !StructureWords.isIntroWord(t)
            && !t.text().endsWith("ing");
  }

  /**
   * Whether the token after a subject lets it be one: a verb or another lowercase word, a comma or
   * a parenthesis, but not "and" ("Yahoo News and former anchor Katie Couric": not the first name).
   */
  private static boolean endsSubject(Token next) {
    return !next.is("and") && (next.isLowerCaseWord() || next.is(",") || next.is("("));
  }
}
