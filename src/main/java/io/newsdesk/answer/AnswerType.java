package io.newsdesk.answer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What kind of answer a question asks for, guessed from its wording: a number ("how many"), a name
 * ("who", "which country"), or anything. A sentence that holds something of that kind the question
 * does not already contain is more likely to be the answer.
 */
enum AnswerType {
  NUMBER,
  NAME,
  ANY;

  private static final Pattern NUMBER_QUESTION =
      Pattern.compile(
          "\\b(how (many|much|long|old|far|often)|what (year|percentage|percent|number|age)|when|in which year)\\b");
  private static final Pattern NAME_QUESTION =
      Pattern.compile("^\\W*(who|whom|whose|which|what|where)\\b|\\b(who|which|whose)\\b");
  private static final Set<String> NUMBER_WORDS =
      Set.of(
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "hundred",
          "thousand",
          "million",
          "billion",
          "trillion",
          "dozen",
          "half");

  static AnswerType of(String question) {
    String q = question.toLowerCase(Locale.ROOT);
    if (NUMBER_QUESTION.matcher(q).find()) {
      return NUMBER;
    }
    return NAME_QUESTION.matcher(q).find() ? NAME : ANY;
  }

  /**
   * Whether the sentence {@code text[from, to)} holds a candidate answer of this type: a number, or
   * a capitalised word not at the start of the sentence, that the question does not contain.
   */
  boolean offers(String text, int from, int to, Set<String> questionWords) {
    if (this == ANY) {
      return false;
    }
    int i = from;
    boolean first = true;
    while (i < to) {
      while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'')) {
        i++;
      }
      if (start == i) {
        break;
      }
      String word = text.substring(start, i);
      String lower = word.toLowerCase(Locale.ROOT);
      boolean novel = !questionWords.contains(lower);
      if (novel && matches(word, lower, first)) {
        return true;
      }
      first = false;
    }
    return false;
  }

  private boolean matches(String word, String lower, boolean sentenceStart) {
    if (this == NUMBER) {
      return Character.isDigit(word.charAt(0)) || NUMBER_WORDS.contains(lower);
    }
    return !sentenceStart && Character.isUpperCase(word.charAt(0)) && word.length() > 1;
  }
}
