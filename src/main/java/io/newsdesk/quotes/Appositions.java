package io.newsdesk.quotes;

import java.util.List;
import java.util.Optional;

/** Roles given in an apposition after a name: "Matthew Miller, a former State Department ...". */
final class Appositions {

  private static final int MAX_WORDS = 9;

  private Appositions() {}

  /**
   * The role in ", a/an/the ... ," starting at token {@code i} (the comma right after a name), if
   * it names a kind of person ("spokesperson", "senator").
   */
  static Optional<String> roleAfter(String text, List<Token> tokens, int i) {
    if (i + 2 >= tokens.size() || !tokens.get(i).is(",")) {
      return Optional.empty();
    }
    String article = tokens.get(i + 1).lower();
    if (!article.equals("a") && !article.equals("an") && !article.equals("the")) {
      return Optional.empty();
    }
    int first = i + 2;
    boolean person = false;
    int last = -1;
    for (int k = first; k < tokens.size() && k < first + MAX_WORDS; k++) {
      Token t = tokens.get(k);
      if (!t.isWord()) {
        break;
      }
      if (NameWords.PERSON_NOUNS.contains(t.lower()) || NameWords.ROLE_WORDS.contains(t.lower())) {
        person = true;
      }
      last = k;
    }
    if (!person || last < first) {
      return Optional.empty();
    }
    return Optional.of(text.substring(tokens.get(first).start(), tokens.get(last).end()));
  }
}
