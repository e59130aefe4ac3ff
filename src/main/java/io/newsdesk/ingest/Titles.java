package io.newsdesk.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A title for an article that has none: its headline, or else its first sentence. */
public final class Titles {
  private static final int MAX = 150;
  private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[.!?])(?:\\s+[\"“A-Z0-9]|$)");

  private Titles() {}

  /** Whether a first paragraph reads as a headline: short, several words, no final full stop. */
  static boolean isHeadline(String paragraph) {
    return paragraph.length() <= MAX
        && paragraph.split(" ").length >= 3
        && !paragraph.endsWith(".")
        && !paragraph.endsWith(":");
  }

  /** A title for an article that has none: its first sentence, shortened. */
  public static String of(List<String> paragraphs) {
    return infer(paragraphs);
  }

  static String infer(List<String> paragraphs) {
    if (paragraphs.isEmpty()) {
      return "";
    }
    String first = paragraphs.get(0);
    Matcher sentence = FIRST_SENTENCE.matcher(first);
    String title = sentence.find() ? sentence.group(1) : first;
    return shorten(title);
  }

  static String shorten(String title) {
    if (title.length() <= MAX) {
      return title;
    }
    int cut = title.lastIndexOf(' ', MAX - 1);
    return title.substring(0, cut > 0 ? cut : MAX - 1) + "…";
  }
}
