package io.newsdesk.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as Newsdesk stores it. The body is a list of cleaned paragraphs; {@link #text()}
 * joins them with blank lines, and every character offset in the index (passages, quotations)
 * points into that text, so a quote can always be checked against it.
 *
 * <p>Unknown fields stay empty: an article without a URL or date never gets an invented one.
 */
public record Article(
    String id,
    Optional<String> url,
    String title,
    Optional<LocalDate> published,
    Optional<String> source,
    List<String> authors,
    List<String> paragraphs) {

  /** The separator between paragraphs in {@link #text()}. */
  public static final String PARAGRAPH_BREAK = "\n\n";

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(source, "source");
    authors = List.copyOf(authors);
    paragraphs = List.copyOf(paragraphs);
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
  }

  /** The body: paragraphs separated by {@link #PARAGRAPH_BREAK}. */
  public String text() {
    return String.join(PARAGRAPH_BREAK, paragraphs);
  }
}
