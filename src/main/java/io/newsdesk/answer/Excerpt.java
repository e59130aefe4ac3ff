package io.newsdesk.answer;

import io.newsdesk.index.Citation;
import java.util.List;

/**
 * A verbatim piece of an article: {@code text} equals the article's text from {@code start} to
 * {@code end}. Highlights are offsets into {@code text} of the words that matched.
 */
public record Excerpt(
    Citation citation, String text, int start, int end, List<Highlight> highlights, double score) {
  public Excerpt {
    highlights = List.copyOf(highlights);
  }

  /** A matched word inside the excerpt text. */
  public record Highlight(int start, int end) {}
}
