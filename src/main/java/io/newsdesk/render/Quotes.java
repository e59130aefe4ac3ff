package io.newsdesk.render;

import io.newsdesk.answer.Excerpt;
import java.util.List;

/** Verbatim article text as a Discord block quote, with bold highlights, cut to fit if needed. */
final class Quotes {
  private static final String ELLIPSIS = " …";

  private Quotes() {}

  /**
   * An excerpt as a block quote of at most {@code room} characters, "…" before it when it starts
   * mid-sentence and after it when it ends mid-sentence or is cut to fit. Empty if nothing fits.
   */
  static String blockQuote(Excerpt excerpt, int room) {
    String lead = excerpt.cutBefore() ? "… " : "";
    int inner = room - lead.length();
    String quote = blockQuote(excerpt.text(), excerpt.highlights(), inner);
    if (excerpt.cutAfter() && !quote.isEmpty() && !quote.endsWith(ELLIPSIS)) {
      // The whole text fits but the "…" saying it goes on must fit too: cut to leave room.
      quote =
          quote.length() + ELLIPSIS.length() <= inner
              ? quote + ELLIPSIS
              : blockQuote(excerpt.text(), excerpt.highlights(), inner - ELLIPSIS.length());
      if (!quote.isEmpty() && !quote.endsWith(ELLIPSIS)) {
        quote += ELLIPSIS;
      }
    }
    return quote.isEmpty() ? "" : "> " + lead + quote.substring(2);
  }

  /**
   * The text as "> " lines with highlighted words in bold, at most {@code room} characters. When it
   * does not fit, the text is cut at the last sentence or word end that fits and "…" marks the cut,
   * so the quote stays a true prefix of the article's words. Empty if nothing fits.
   */
  static String blockQuote(String text, List<Excerpt.Highlight> highlights, int room) {
    // Rendering never shortens text, so no more than `room` characters of it can fit: looking at
    // more would only make long texts slow.
    int longest = Math.min(text.length(), Math.max(0, room));
    if (longest == text.length()) {
      String full = render(text, highlights, text.length());
      if (full.length() <= room) {
        return full;
      }
    }
    List<Integer> cuts = cutPoints(text, longest);
    int lo = 0;
    int hi = cuts.size() - 1;
    String best = "";
    while (lo <= hi) { // rendered length grows with the cut: the longest one that fits
      int mid = (lo + hi) >>> 1;
      String part = render(text, highlights, cuts.get(mid)) + ELLIPSIS;
      if (part.length() <= room) {
        best = part;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }

  /**
   * Where a quote may be cut, ascending, below {@code limit}: after a sentence end; or, where no
   * sentence end is that early, after a word. Sentence ends are preferred, so word ends count only
   * before the first sentence end.
   */
  private static List<Integer> cutPoints(String text, int limit) {
    List<Integer> sentenceEnds = new java.util.ArrayList<>();
    List<Integer> wordEnds = new java.util.ArrayList<>();
    for (int i = 1; i < limit; i++) {
      if (!Character.isWhitespace(text.charAt(i)) || Character.isWhitespace(text.charAt(i - 1))) {
        continue;
      }
      if (".!?".indexOf(text.charAt(i - 1)) >= 0) {
        sentenceEnds.add(i);
      } else if (sentenceEnds.isEmpty()) {
        wordEnds.add(i);
      }
    }
    wordEnds.addAll(sentenceEnds);
    return wordEnds;
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
}
