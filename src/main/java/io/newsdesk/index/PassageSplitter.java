package io.newsdesk.index;

import io.newsdesk.ingest.Article;
import java.text.BreakIterator;
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

  /** A paragraph as one span, or as several sentence-aligned spans when it is too long. */
  private static List<int[]> cut(String text, int start, int end) {
    if (end - start <= MAX_CHARS) {
      return List.of(new int[] {start, end});
    }
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    sentences.setText(text.substring(start, end));
    List<int[]> out = new ArrayList<>();
    int from = start;
    int boundary;
    while ((boundary = sentences.next()) != BreakIterator.DONE) {
      int at = start + boundary;
      if (at - from >= MAX_CHARS / 2 || at == end) {
        out.add(new int[] {from, trimEnd(text, from, at)});
        from = at;
      }
    }
    if (from < end) {
      out.add(new int[] {from, end});
    }
    return out;
  }

  private static int trimEnd(String text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }
}
