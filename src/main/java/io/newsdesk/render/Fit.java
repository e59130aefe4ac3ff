package io.newsdesk.render;

/** Fits text into a length limit at a word boundary, saying so with "…". */
final class Fit {
  static final String ELLIPSIS = "…";

  private Fit() {}

  /** Plain text as escaped markdown of at most {@code max} characters, cut after a word. */
  static String escaped(String plain, int max) {
    String full = DiscordMarkdown.escape(plain);
    if (full.length() <= max) {
      return full;
    }
    int cut = plain.length();
    while (cut > 0) {
      cut = lastWordEnd(plain, cut - 1);
      String part = DiscordMarkdown.escape(plain.substring(0, cut)) + " " + ELLIPSIS;
      if (cut > 0 && part.length() <= max) {
        return part;
      }
    }
    return ELLIPSIS;
  }

  /** Plain text (no markdown) of at most {@code max} characters, cut after a word. */
  static String plain(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = lastWordEnd(text, max - 2);
    return (cut > 0 ? text.substring(0, cut) : text.substring(0, max - 2)).strip() + " " + ELLIPSIS;
  }

  private static int lastWordEnd(String text, int before) {
    for (int i = Math.min(before, text.length() - 1); i > 0; i--) {
      if (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1))) {
        return i;
      }
    }
    return 0;
  }
}
