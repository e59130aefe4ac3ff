package io.newsdesk.render;

import io.newsdesk.answer.Excerpt;
import java.util.List;

/** Verbatim article text as a Discord block quote, with bold highlights, cut to fit if needed. */
final class Quotes {
  private static final String ELLIPSIS = " …";

  private Quotes() {}

  /**
   * The text as "> " lines with highlighted words in bold, at most {@code room} characters. When it
   * does not fit, the text is cut at the last sentence or word end that fits and "…" marks the cut,
   * so the quote stays a true prefix of the article's words. Empty if nothing fits.
   */
  static String blockQuote(String text, List<Excerpt.Highlight> highlights, int room) {
    String full = render(text, highlights, text.length());
    if (full.length() <= room) {
      return full;
    }
    int cut = text.length();
    while (cut > 0) {
      cut = lastBoundary(text, cut - 1);
      String part = render(text, highlights, cut);
      if (cut > 0 && part.length() + ELLIPSIS.length() <= room) {
        return part + ELLIPSIS;
      }
    }
    return "";
  }

  /**
   * A whole quotation between quote marks as a block quote: {@code > “words”}. Cut like {@link
   * #blockQuote} when it does not fit, with "…" inside the marks.
   */
  static String quoted(String text, int room) {
    String inner = blockQuote(text, List.of(), room - 2);
    if (inner.isEmpty()) {
      return "";
    }
    return "> “" + inner.substring(2) + "”";
  }

  private static String render(String text, List<Excerpt.Highlight> highlights, int length) {
    StringBuilder out = new StringBuilder("> ");
    int at = 0;
    for (Excerpt.Highlight h : merge(text, highlights)) {
      if (h.end() > length) {
        break;
      }
      out.append(line(text.substring(at, h.start())));
      out.append("**").append(line(text.substring(h.start(), h.end()))).append("**");
      at = h.end();
    }
    out.append(line(text.substring(at, length)));
    return out.toString();
  }

  private static String line(String text) {
    return DiscordMarkdown.escape(text).replace("\n", "\n> ");
  }

  /** Neighbouring highlighted words become one bold run: "**NATO membership**". */
  private static List<Excerpt.Highlight> merge(String text, List<Excerpt.Highlight> highlights) {
    java.util.ArrayList<Excerpt.Highlight> merged = new java.util.ArrayList<>();
    for (Excerpt.Highlight h : highlights) {
      if (!merged.isEmpty()) {
        Excerpt.Highlight last = merged.get(merged.size() - 1);
        if (text.substring(last.end(), h.start()).isBlank()) {
          merged.set(merged.size() - 1, new Excerpt.Highlight(last.start(), h.end()));
          continue;
        }
      }
      merged.add(h);
    }
    return merged;
  }

  /** The last sentence end before {@code before}, else the last word end, else 0. */
  private static int lastBoundary(String text, int before) {
    for (int i = before; i > 0; i--) {
      if (".!?".indexOf(text.charAt(i - 1)) >= 0 && Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    for (int i = before; i > 0; i--) {
      if (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1))) {
        return i;
      }
    }
    return 0;
  }
}
