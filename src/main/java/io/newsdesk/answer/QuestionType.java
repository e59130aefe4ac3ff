package io.newsdesk.answer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What kind of answer a question wants, read from its wording: a number ("how many", "what
 * percentage"), a time ("when", "what year"), a place ("where", "which country"), a person ("who"),
 * or a name of some kind ("which company", "what is the show called"). A sentence that answers
 * holds something of that kind that the question does not already say.
 */
enum QuestionType {
  NUMBER,
  TIME,
  PLACE,
  PERSON,
  NAME,
  OTHER;

  private static final Pattern NUMBER_Q =
      Pattern.compile(
          "\\b(how (many|much|old|long|far|big|large|high|tall|often)|what (percentage|percent|"
              + "share|proportion|number|amount|age|sum|price|fraction)|by how much)\\b");
  private static final Pattern TIME_Q =
      Pattern.compile("\\b(when|what (year|date|day|month|time)|which (year|date|day|month))\\b");
  private static final Pattern PLACE_Q =
      Pattern.compile(
          "\\b(where|(which|what) (country|countries|city|cities|state|states|nation|region|"
              + "island|capital|continent|province|town|county|sea|ocean|river|port|airport))\\b");
  private static final Pattern PERSON_Q =
      Pattern.compile(
          "\\b(who|whom|whose|which (person|man|woman|player|actor|actress|singer|star|athlete|"
              + "politician|leader|president|senator|governor|ceo|judge|candidate|author|"
              + "artist|musician|rapper|coach|official|lawmaker|minister|celebrity))\\b");
  private static final Pattern NAME_Q = Pattern.compile("\\b(which|what)\\b");

  static QuestionType of(String question) {
    String q = question.toLowerCase(Locale.ROOT);
    if (NUMBER_Q.matcher(q).find()) {
      return NUMBER;
    }
    if (TIME_Q.matcher(q).find()) {
      return TIME;
    }
    if (PLACE_Q.matcher(q).find()) {
      return PLACE;
    }
    if (PERSON_Q.matcher(q).find()) {
      return PERSON;
    }
    if (NAME_Q.matcher(q).find()) {
      return NAME;
    }
    return OTHER;
  }

  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}%$€£'’.-]+");
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
          "dozen",
          "dozens",
          "hundred",
          "hundreds",
          "thousand",
          "thousands",
          "million",
          "millions",
          "billion",
          "billions",
          "trillion",
          "percent",
          "half",
          "third",
          "quarter",
          "twice",
          "double",
          "triple");
  private static final Set<String> TIME_WORDS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "yesterday",
          "today",
          "tomorrow",
          "week",
          "month",
          "year",
          "decade",
          "century",
          "spring",
          "summer",
          "autumn",
          "fall",
          "winter");

  /**
   * Whether the sentence holds something of this kind that is not among {@code asked} (the
   * question's own words, lower-cased): a number, a time, or a name (a capitalised word that does
   * not start the sentence).
   */
  boolean isAnsweredBy(String sentence, Set<String> asked) {
    if (this == OTHER) {
      return true;
    }
    String[] words = WORD_BREAK.split(sentence);
    for (int i = 0; i < words.length; i++) {
      if (isOfKind(trimDots(words[i]), i, asked)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word at {@code index} of its sentence is of this kind and not asked already. */
  private boolean isOfKind(String w, int index, Set<String> asked) {
    if (w.isEmpty()) {
      return false;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (asked.contains(lower)) {
      return false;
    }
    return switch (this) {
      case NUMBER -> DIGIT.matcher(w).find() || NUMBER_WORDS.contains(lower);
      case TIME -> TIME_WORDS.contains(lower) || YEAR.matcher(w).matches();
      case PLACE, PERSON, NAME -> isName(w, index);
      case OTHER -> isName(w, index) || DIGIT.matcher(w).find() || NUMBER_WORDS.contains(lower);
    };
  }

  /** A capitalised word that does not start the sentence. */
  private static boolean isName(String w, int index) {
    return index > 0 && w.length() > 1 && Character.isUpperCase(w.charAt(0));
  }

  private static String trimDots(String w) {
    int end = w.length();
    while (end > 0 && (w.charAt(end - 1) == '.' || w.charAt(end - 1) == '-')) {
      end--;
    }
    return w.substring(0, end);
  }
}
