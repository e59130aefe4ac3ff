package io.newsdesk.search;

import java.util.Optional;

/**
 * A quotation as stored in the index: the words exactly as printed (the article's text from {@code
 * start} to {@code end}), who said them when the article says so, and where.
 *
 * @param sieve the attribution sieve that decided the speaker, empty when none did (or for an index
 *     written before sieves were recorded)
 */
public record QuoteRecord(
    String text,
    Optional<String> speaker,
    Optional<String> role,
    Citation citation,
    int start,
    int end,
    String sieve) {

  /** A quotation whose deciding sieve is not known. */
  public QuoteRecord(
      String text,
      Optional<String> speaker,
      Optional<String> role,
      Citation citation,
      int start,
      int end) {
    this(text, speaker, role, citation, start, end, "");
  }
}
