package io.newsdesk.quotes;

import io.newsdesk.ingest.Article;
import java.util.Arrays;

/**
 * Title-case paragraphs of an article ("Understated Perez Raises Political Profile"): headlines and
 * section titles, whose capitalised runs are not names ("Immediately After Obama").
 */
final class Headlines {

  private static final int MIN_HEADLINE_WORDS = 5;
  private static final int MAX_HEADLINE_WORDS = 20;
  private static final int MAX_HEADLINE_CHARS = 250;

  private Headlines() {}

  /**
   * Marks the characters of title-case paragraphs ("Understated Perez Raises Political Profile"):
   * their capitalised runs are headline words, not names ("Immediately After Obama").
   */
  static boolean[] mark(String text) {
    boolean[] marked = new boolean[text.length() + 1];
    int from = 0;
    while (from <= text.length()) {
      int to = text.indexOf(Article.PARAGRAPH_BREAK, from);
      if (to < 0) {
        to = text.length();
      }
      if (isTitleCase(text.substring(from, to))) {
        Arrays.fill(marked, from, to, true);
      }
      from = to + Article.PARAGRAPH_BREAK.length();
    }
    return marked;
  }

  private static boolean isTitleCase(String paragraph) {
    if (!paragraph.isEmpty() && ArticleTokens.isDash(paragraph.charAt(0))) {
      return false; // "- NATO Secretary General Mark Rutte": a signature, not a headline
    }
    if (paragraph.length() > MAX_HEADLINE_CHARS) {
      return false;
    }
    int words = 0;
    int capitalised = 0;
    int letters = 0;
    boolean upper = false;
    for (int i = 0; i <= paragraph.length(); i++) {
      char c = i < paragraph.length() ? paragraph.charAt(i) : ' ';
      if (Character.isWhitespace(c)) {
        if (letters > 3) { // a word of four letters or more, punctuation aside
          words++;
          capitalised += upper ? 1 : 0;
        }
        letters = 0;
      } else if (Character.isLetter(c)) {
        upper = letters == 0 ? Character.isUpperCase(c) : upper;
        letters++;
      }
    }
    // A name line of a round-up ("Sue Ellen Brown, Grade 6, Judson") is shorter than this.
    return words >= MIN_HEADLINE_WORDS
        && words <= MAX_HEADLINE_WORDS
        && capitalised * 10 >= words * 9;
  }
}
