package io.newsdesk.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a single line break inside a block is a paragraph break or a hard wrap.
 *
 * <p>Scraped and pasted news often puts one paragraph per line with no blank line between (seed
 * 000), while hand-wrapped text breaks mid-sentence. A line continues the previous one when it
 * starts in lower case, or when the previous line is long and stops mid-sentence.
 */
final class LineJoiner {
  private static final int WRAPPED_LINE_MIN = 60;

  private LineJoiner() {}

  static List<String> paragraphs(List<String> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int lastLine = 0;
    for (String raw : lines) {
      String line = Whitespace.normalise(BoilerplateFilter.stripMediaLinks(raw));
      if (line.isEmpty()) {
        flush(current, out);
        continue;
      }
      if (current.length() > 0 && continues(current, lastLine, line)) {
        current.append(' ').append(line);
      } else {
        flush(current, out);
        current.append(line);
      }
      lastLine = line.length();
    }
    flush(current, out);
    return out;
  }

  private static boolean continues(CharSequence previous, int previousLineLength, String line) {
    char first = line.charAt(0);
    if (Character.isLowerCase(first)) {
      return true;
    }
    char last = previous.charAt(previous.length() - 1);
    if (",;-(–".indexOf(last) >= 0) {
      return true;
    }
    boolean endsSentence = ".!?:\"”’)…".indexOf(last) >= 0;
    return !endsSentence && previousLineLength >= WRAPPED_LINE_MIN;
  }

  private static void flush(StringBuilder current, List<String> out) {
    if (current.length() > 0) {
      out.add(current.toString());
      current.setLength(0);
    }
  }
}
