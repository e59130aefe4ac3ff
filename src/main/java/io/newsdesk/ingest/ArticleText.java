package io.newsdesk.ingest;

import java.util.List;

/**
 * The cleaning every article text goes through, whatever it came from: newsletter blocks,
 * "Advertisement" lines, bare links and media links removed, whitespace normalised.
 */
public final class ArticleText {
  private ArticleText() {}

  /** Paragraphs already split (from HTML blocks, say), cleaned. */
  public static List<String> clean(List<String> paragraphs) {
    return BoilerplateFilter.clean(paragraphs);
  }

  /** Raw text: paragraphs split on blank lines, single line breaks judged one by one, cleaned. */
  public static List<String> fromPlainText(String text) {
    return JsonlArticleReader.paragraphs(text);
  }
}
