package io.newsdesk.answer;

import io.newsdesk.search.Citation;
import java.util.List;

/**
 * A verbatim piece of an article: {@code text} equals the article's text from {@code start} to
 * {@code end}. Highlights are offsets into {@code text} of the words that matched. {@code
 * cutBefore} and {@code cutAfter} say the piece starts or ends mid-sentence, so a reply marks the
 * cut with "…".
 */
public record Excerpt(
    Citation citation,
    String text,
    int start,
    int end,
    List<Highlight> highlights,
    double score,
    boolean cutBefore,
    boolean cutAfter) {
  public Excerpt {
    highlights = List.copyOf(highlights);
  }

  /** An excerpt of whole sentences. */
  public Excerpt(
      Citation citation,
      String text,
      int start,
      int end,
      List<Highlight> highlights,
      double score) {
    this(citation, text, start, end, highlights, score, false, false);
  }

  /** A matched word inside the excerpt text. */
  public record Highlight(int start, int end) {}
}
