package io.newsdesk.quotes;

import java.util.Optional;

/**
 * A role phrase around a person's name: "Doe’s deputy campaign chief, Max Amber", "former party
 * adviser" before a name, told apart from the rest of a clause ("but also hungry for what").
 */
final class RolePhrases {

  private static final int MAX_ROLE_PHRASE = 9;

  private final ArticleTokens tokens;
  private final SubjectPhrases phrases;

  RolePhrases(ArticleTokens tokens, SubjectPhrases phrases) {
    this.tokens = tokens;
    this.phrases = phrases;
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
   * "Doe’s deputy campaign chief, Max Amber, who …": the name after a role phrase starting at
   * {@code k}, if any.
   */
  Optional<TokenRange> nameAfterRole(int k, int hi) {
    for (int c = k + 1; c < hi && c <= k + MAX_ROLE_PHRASE; c++) {
      if (tokens.get(c).is(",")) {
        if (!isRoleBeforeName(k, c) || c + 1 >= hi || !tokens.get(c + 1).isCapitalized()) {
          return Optional.empty();
        }
        int end = phrases.nameRunEnd(c + 1, hi);
        boolean closed = end == hi || !tokens.get(end).isWord();
        return closed ? Optional.of(new TokenRange(c + 1, end)) : Optional.empty();
      }
    }
    return Optional.empty();
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
      if (t.isLowerCaseWord() && StructureWords.CLAUSE_WORDS.contains(t.text())) {
        return false;
      }
    }
    return phrases.onlyWords(from, to, SubjectPhrases.MAX_ROLE_WORDS);
  }
}
