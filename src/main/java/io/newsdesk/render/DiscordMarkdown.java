package io.newsdesk.render;

/**
 * Escapes article text for Discord markdown with backslashes, which Discord hides: the text reads
 * exactly as in the article, but "*", "_", "@everyone", "<@&123>" or "[x](y)" in an article can
 * neither format the reply nor ping anyone.
 */
public final class DiscordMarkdown {
  private static final String SPECIAL = "\\*_~`|>#-[]()<@:";

  private DiscordMarkdown() {}

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (SPECIAL.indexOf(c) >= 0 && needsEscape(text, i)) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Reverses {@link #escape}: what a reader sees. */
  public static String unescape(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length());
    for (int i = 0; i < markdown.length(); i++) {
      char c = markdown.charAt(i);
      if (c == '\\' && i + 1 < markdown.length() && SPECIAL.indexOf(markdown.charAt(i + 1)) >= 0) {
        c = markdown.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Hyphens, colons and "#" only matter in a few places; everywhere else they stay plain. */
  private static boolean needsEscape(String text, int i) {
    char c = text.charAt(i);
    boolean lineStart = i == 0 || text.charAt(i - 1) == '\n';
    return switch (c) {
      case '-', '#' -> lineStart;
      case ':' -> i + 2 < text.length() && text.startsWith("//", i + 1); // no bare autolinks
      default -> true;
    };
  }
}
