package io.newsdesk.whosaid;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contracted words written out ("won't" → "will not", "we’re" → "we are"), so that a phrase and a
 * quotation that use one form each still share their words. The tokenizer keeps a contraction as
 * one word, and a typed ' and a printed ’ make two different words of it. Both sides are written
 * out the same way, so an ambiguous "'d" (would or had) only has to be read alike, not rightly.
 * "'s" is left alone: it is as often a possessive ("Trump's") as "is" or "has".
 */
final class Contractions {
  private record Rule(Pattern pattern, String replacement) {}

  private static final String APOSTROPHE = "['‘’ʼ]";

  /** Irregular forms first, then the regular endings. */
  private static final List<Rule> RULES =
      List.of(
          rule("\\b([Ww])on" + APOSTROPHE + "t\\b", "$1ill not"),
          rule("\\b([Ss])han" + APOSTROPHE + "t\\b", "$1hall not"),
          rule("\\b([Cc])a(?:n" + APOSTROPHE + "t|nnot)\\b", "$1an not"),
          rule("\\b([Aa])in" + APOSTROPHE + "t\\b", "$1re not"),
          rule("n" + APOSTROPHE + "t\\b", " not"),
          rule(APOSTROPHE + "re\\b", " are"),
          rule(APOSTROPHE + "ve\\b", " have"),
          rule(APOSTROPHE + "ll\\b", " will"),
          rule(APOSTROPHE + "m\\b", " am"),
          rule(APOSTROPHE + "d\\b", " would"),
          rule("[‘’ʼ]", "'"));

  private Contractions() {}

  private static Rule rule(String regex, String replacement) {
    return new Rule(
        Pattern.compile(regex, Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE), replacement);
  }

  static String expanded(String text) {
    String out = text;
    for (Rule rule : RULES) {
      Matcher matcher = rule.pattern().matcher(out);
      out = matcher.replaceAll(rule.replacement());
    }
    return out;
  }
}
