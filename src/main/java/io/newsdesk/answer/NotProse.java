package io.newsdesk.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What is never quoted as a sentence of an answer, each an ordered, named rule: the text around an
 * article (gallery counters, photo credits, bylines, the labels and signatures of embedded posts,
 * section headings) is not what the article says.
 */
final class NotProse {
  /** One rule: its name (for tests and for finding what went wrong) and what it recognises. */
  record Rule(String name, Predicate<Text> matches) {}

  /**
   * A sentence as the rules read it: its text, and the same in lower case for the case-blind rules
   * to look in (made once per sentence, not once per rule).
   */
  record Text(String text, String lower) {
    static Text of(String text) {
      return new Text(text, text.toLowerCase(Locale.ROOT));
    }
  }

  private static final Pattern GALLERY =
      Pattern.compile(
          "(?i)(\\b(hide caption|show caption|\\d+ of \\d+ photos?|see more photos|"
              + "click to (enlarge|expand)|swipe for more)\\b|^(photos|gallery|in pictures):)");
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?i)(^(photo|image|video|credit|illustration)s?\\b.{0,60}$|\\b(getty images|"
              + "ap photo|afp via getty|reuters/|/ap|/afp|/reuters)\\b.{0,30}$|"
              + "\\((photo|image|credit)[^)]*\\)\\s*$)");
  private static final Pattern BYLINE =
      Pattern.compile(
          "(?i)^(by\\s+\\p{Lu}[\\p{L}.'-]+(\\s+\\p{Lu}[\\p{L}.'-]+){0,3}(,|\\s+and\\b|$)|"
              + "(updated|published|posted|last updated)\\s*:?\\s*\\d|"
              + "(updated|published)\\s+(on\\s+)?(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|"
              + "may|jun|jul|aug|sep|oct|nov|dec))");
  private static final Pattern POST =
      Pattern.compile(
          "(pic\\.twitter\\.com|\\(@\\w{1,15}\\)|^—\\s*\\p{Lu}.*\\d{4}$|"
              + "^(JUST IN|BREAKING|UPDATE|WATCH|NEW|DEVELOPING)\\s*:)");
  private static final Pattern LABEL = Pattern.compile("^\\p{Lu}[\\p{Lu}\\d '’&-]{2,40}:\\s");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"”’)]$");

  static final List<Rule> RULES =
      List.of(
          new Rule("too short", t -> t.text().strip().length() < 25),
          new Rule("gallery", t -> mayBeGallery(t.lower()) && GALLERY.matcher(t.text()).find()),
          new Rule("photo credit", t -> mayBeCredit(t.lower()) && CREDIT.matcher(t.text()).find()),
          new Rule("byline", t -> t.text().length() < 160 && BYLINE.matcher(t.text()).find()),
          new Rule("embedded post", t -> mayBePost(t.text()) && POST.matcher(t.text()).find()),
          new Rule("label", t -> LABEL.matcher(t.text()).find()));

  /*
   * What a text must hold for a pattern above to match it, checked first because it costs a tenth
   * of trying the pattern at every position of every sentence (most sentences hold none of it).
   * Each is implied by its pattern, so the pattern alone still decides: the ASCII letters the
   * case-blind patterns match in either case are lower case in Text.lower.
   */

  private static boolean mayBeGallery(String lower) {
    return lower.contains("caption")
        || (lower.contains(" of ") && lower.contains("photo"))
        || lower.contains("see more photos")
        || lower.contains("click to ")
        || lower.contains("swipe for more")
        || startsWithAny(lower, "photos:", "gallery:", "in pictures:");
  }

  private static boolean mayBeCredit(String lower) {
    return startsWithAny(lower, "photo", "image", "video", "credit", "illustration")
        || lower.contains("getty images")
        || lower.contains("ap photo")
        || lower.contains("afp via getty")
        || lower.contains("reuters/")
        || lower.contains("/ap")
        || lower.contains("/afp")
        || lower.contains("/reuters")
        || lower.contains("(photo")
        || lower.contains("(image")
        || lower.contains("(credit");
  }

  private static boolean mayBePost(String s) {
    return s.contains("pic.twitter.com")
        || s.contains("(@")
        || s.startsWith("—")
        || startsWithAny(s, "JUST IN", "BREAKING", "UPDATE", "WATCH", "NEW", "DEVELOPING");
  }

  private static boolean startsWithAny(String s, String... starts) {
    for (String start : starts) {
      if (s.startsWith(start)) {
        return true;
      }
    }
    return false;
  }

  /** A heading: a short paragraph of its own that does not end as a sentence does. */
  static final Rule HEADING =
      new Rule(
          "heading",
          t -> t.text().length() < 140 && !SENTENCE_END.matcher(t.text().strip()).find());

  private NotProse() {}

  /** The rule that says the sentence is not prose, if one does. */
  static Optional<Rule> of(String passage, Sentence sentence) {
    Text text = Text.of(sentence.text(passage));
    for (Rule rule : RULES) {
      if (rule.matches().test(text)) {
        return Optional.of(rule);
      }
    }
    if (sentence.wholeParagraph() && HEADING.matches().test(text)) {
      return Optional.of(HEADING);
    }
    return Optional.empty();
  }
}
