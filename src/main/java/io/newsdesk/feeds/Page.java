package io.newsdesk.feeds;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An article as its web page gives it: the text (paragraphs of the main content only) and what its
 * metadata says.
 *
 * @param canonicalUrl from {@code <link rel=canonical>} or {@code og:url}, tracking removed
 * @param siteName the publisher, from {@code og:site_name} or JSON-LD
 */
record Page(
    Optional<String> title,
    List<String> authors,
    Optional<LocalDate> published,
    Optional<String> canonicalUrl,
    Optional<String> siteName,
    List<String> paragraphs) {
  Page {
    authors = List.copyOf(authors);
    paragraphs = List.copyOf(paragraphs);
  }
}
