package io.newsdesk.ingest;

/** Whitespace normalisation shared by ingest and by the quote checks downstream. */
public final class Whitespace {
  private Whitespace() {}

  /** Collapses every run of whitespace (including no-break spaces) to one space and trims. */
  public static String normalise(String text) {
    StringBuilder out = null;
    boolean pendingSpace = false;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (out == null) {
          out = new StringBuilder(length);
          out.append(text, 0, i);
        }
        pendingSpace = true;
        continue;
      }
      if (out != null) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        out.append(c);
      }
      pendingSpace = false;
    }
    return out == null ? text : out.toString();
  }

  /** Whitespace as Java's regex \\s sees it, plus no-break and zero-width spaces. */
  public static boolean isSpace(char c) {
    return c == ' '
        || c == '\n'
        || c == '\t'
        || c == '\r'
        || c == '\f'
        || c == '\u000B'
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F'
        || c == '\u200B';
  }
}
