package io.newsdesk.quotes;

import java.util.Objects;
import java.util.Optional;

/**
 * One quotation in an article: {@code text} is exactly {@code article.text().substring(start,
 * end)}, the words between the quote marks without the marks.
 *
 * <p>A quote split around its attribution (“A,” Hegseth said, “B.”) gives two quotations with the
 * same speaker, not one span from A to B: such a span would put the reporter's words ("Hegseth
 * said") inside the text the bot presents as someone's verbatim words. A quote running over several
 * paragraphs likewise gives one quotation per paragraph.
 *
 * @param speaker the canonical full name of the speaker within the article; when the article only
 *     describes the speaker ("a Nevada Democrat", "the Idaho senator") and the description fits
 *     nobody it names, that description word for word; empty when the article does not say clearly
 *     who it is, or names a thing ("the report said")
 * @param role the role the article gives the speaker ("US Defense Secretary"), empty when none
 * @param sieve the name of the sieve that decided the speaker (or that nobody is named); empty when
 *     none did
 */
public record Quotation(
    String text,
    int start,
    int end,
    Optional<String> speaker,
    Optional<String> role,
    String sieve) {

  public Quotation {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(sieve, "sieve");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "quotation offsets " + start + ".." + end + " do not match its text");
    }
  }

  /** A quotation no sieve has decided. */
  public Quotation(
      String text, int start, int end, Optional<String> speaker, Optional<String> role) {
    this(text, start, end, speaker, role, "");
  }
}
