package io.newsdesk.ingest;

/**
 * Text from outside (a file name, a parser's message quoting the input) made safe for one log or
 * terminal line: line breaks and other control characters become spaces, bidirectional overrides
 * are dropped, and a very long text is cut.
 */
public final class OneLine {
  /** Longer messages are cut: a log line that quotes 100 KB of input helps nobody. */
  public static final int MAX = 500;

  private OneLine() {}

  public static String of(String text) {
    return of(text, MAX);
  }

  public static String of(String text, int max) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), max + 1));
    for (int i = 0; i < text.length() && out.length() < max; i++) {
      char c = text.charAt(i);
      if (isBidiControl(c)) {
        continue;
      }
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    if (out.length() >= max && text.length() > max) {
      if (Character.isHighSurrogate(out.charAt(out.length() - 1))) {
        out.setLength(out.length() - 1);
      }
      out.append('…');
    }
    return out.toString();
  }

  /** Embedding, override and isolate marks, which can make a line read backwards. */
  static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C';
  }
}
