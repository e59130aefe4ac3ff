package io.newsdesk.index;

import io.newsdesk.ingest.Article;
import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts an article into passages of about a paragraph: short paragraphs are merged with the next
 * ones, very long ones are cut at sentence ends. Offsets point into {@link Article#text()}.
 */
public final class PassageSplitter {
  static final int MIN_CHARS = 400;
  static final int MAX_CHARS = 1200;

  private PassageSplitter() {}

  public static List<Passage> split(Article article) {
    String text = article.text();
    List<int[]> spans = new ArrayList<>();
    int offset = 0;
    for (String paragraph : article.paragraphs()) {
      spans.addAll(cut(text, offset, offset + paragraph.length()));
      offset += paragraph.length() + Article.PARAGRAPH_BREAK.length();
    }
    List<Passage> passages = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int[] span : spans) {
      if (start >= 0 && (end - start >= MIN_CHARS || span[1] - start > MAX_CHARS)) {
        passages.add(new Passage(article.id(), start, end, text.substring(start, end)));
        start = -1;
      }
      if (start < 0) {
        start = span[0];
      }
      end = span[1];
    }
    if (start >= 0) {
      passages.add(new Passage(article.id(), start, end, text.substring(start, end)));
    }
    return passages;
  }

  /**
   * A paragraph as one span, or as several sentence-aligned spans when it is too long. A sentence
   * longer than {@link #MAX_CHARS} (scraped text without full stops) is cut between words, so no
   * passage, and no excerpt taken from it, is ever longer than that.
   */
  private static List<int[]> cut(String text, int start, int end) {
    if (end - start <= MAX_CHARS) {
      return List.of(new int[] {start, end});
    }
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    sentences.setText(new StringCharacterIterator(text, start, end, start));
    List<int[]> out = new ArrayList<>();
    int from = start;
    int previous = start;
    int at;
    while ((at = sentences.next()) != BreakIterator.DONE) {
      if (at - from > MAX_CHARS && previous > from) {
        out.add(new int[] {from, trimEnd(text, from, previous)});
        from = previous;
      }
      if (at - from > MAX_CHARS) {
        from = cutBetweenWords(text, from, at, out);
      }
      if (at - from >= MAX_CHARS / 2 || at == end) {
        if (trimEnd(text, from, at) > from) {
          out.add(new int[] {from, trimEnd(text, from, at)});
        }
        from = at;
      }
      previous = at;
    }
    if (from < end) {
      out.add(new int[] {from, end});
    }
    return out;
  }

  /**
   * Cuts [from, to) into pieces of at most {@link #MAX_CHARS} at the last space that fits (or, in a
   * run without spaces, at the limit, never inside a surrogate pair); returns where the rest, at
   * most {@link #MAX_CHARS} long, starts.
   */
  private static int cutBetweenWords(String text, int from, int to, List<int[]> out) {
    while (to - from > MAX_CHARS) {
      int limit = from + MAX_CHARS;
      int cut = limit;
      while (cut > from + MAX_CHARS / 2 && !Character.isWhitespace(text.charAt(cut))) {
        cut--;
      }
      if (!Character.isWhitespace(text.charAt(cut))) {
        cut = Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
      }
      out.add(new int[] {from, trimEnd(text, from, cut)});
      from = cut;
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
    }
    return from;
  }

  private static int trimEnd(String text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }
}
