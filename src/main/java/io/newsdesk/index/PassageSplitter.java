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

  /** A piece of a paragraph; a piece cut between words, mid-sentence, says on which side. */
  private record Span(int start, int end, boolean cutBefore, boolean cutAfter) {}

  public static List<Passage> split(Article article) {
    String text = article.text();
    List<Span> spans = new ArrayList<>();
    int offset = 0;
    for (String paragraph : article.paragraphs()) {
      spans.addAll(cut(text, offset, offset + paragraph.length()));
      offset += paragraph.length() + Article.PARAGRAPH_BREAK.length();
    }
    List<Passage> passages = new ArrayList<>();
    Span first = null;
    Span last = null;
    for (Span span : spans) {
      if (first != null
          && (last.end() - first.start() >= MIN_CHARS || span.end() - first.start() > MAX_CHARS)) {
        passages.add(passage(article, text, first, last));
        first = null;
      }
      if (first == null) {
        first = span;
      }
      last = span;
    }
    if (first != null) {
      passages.add(passage(article, text, first, last));
    }
    return passages;
  }

  private static Passage passage(Article article, String text, Span first, Span last) {
    return new Passage(
        article.id(),
        first.start(),
        last.end(),
        text.substring(first.start(), last.end()),
        first.cutBefore(),
        last.cutAfter());
  }

  /**
   * A paragraph as one span, or as several sentence-aligned spans when it is too long. A sentence
   * longer than {@link #MAX_CHARS} (scraped text without full stops) is cut between words, so no
   * passage, and no excerpt taken from it, is ever longer than that.
   */
  private static List<Span> cut(String text, int start, int end) {
    if (end - start <= MAX_CHARS) {
      return List.of(new Span(start, end, false, false));
    }
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    sentences.setText(new StringCharacterIterator(text, start, end, start));
    List<Span> out = new ArrayList<>();
    int from = start;
    boolean midSentence = false;
    int previous = start;
    int at;
    while ((at = sentences.next()) != BreakIterator.DONE) {
      if (at - from > MAX_CHARS && previous > from) {
        out.add(new Span(from, trimEnd(text, from, previous), midSentence, false));
        from = previous;
        midSentence = false;
      }
      if (at - from > MAX_CHARS) {
        from = cutBetweenWords(text, from, at, midSentence, out);
        midSentence = true;
      }
      if (at - from >= MAX_CHARS / 2 || at == end) {
        if (trimEnd(text, from, at) > from) {
          out.add(new Span(from, trimEnd(text, from, at), midSentence, false));
        }
        from = at;
        midSentence = false;
      }
      previous = at;
    }
    if (from < end) {
      out.add(new Span(from, end, midSentence, false));
    }
    return out;
  }

  /**
   * Cuts [from, to) into pieces of at most {@link #MAX_CHARS} at the last space that fits (or, in a
   * run without spaces, at the limit, never inside a surrogate pair); returns where the rest, at
   * most {@link #MAX_CHARS} long, starts.
   */
  private static int cutBetweenWords(
      String text, int from, int to, boolean midSentence, List<Span> out) {
    boolean cutBefore = midSentence;
    while (to - from > MAX_CHARS) {
      int limit = from + MAX_CHARS;
      int cut = limit;
      while (cut > from + MAX_CHARS / 2 && !Character.isWhitespace(text.charAt(cut))) {
        cut--;
      }
      if (!Character.isWhitespace(text.charAt(cut))) {
        cut = Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
      }
      out.add(new Span(from, trimEnd(text, from, cut), cutBefore, true));
      cutBefore = true;
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
