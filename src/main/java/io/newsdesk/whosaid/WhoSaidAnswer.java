package io.newsdesk.whosaid;

import io.newsdesk.answer.Excerpt;
import io.newsdesk.search.QuoteRecord;
import java.util.List;
import java.util.Optional;

/**
 * The reply to "who said PHRASE?". When found, {@code quote} is the best matching quotation and
 * {@code sources} every article that carries the same words (best first); {@code mentions} are
 * places where the words appear in the news without being anyone's quotation.
 *
 * @param foundBy the lookup that found the quotation ("exact words", "reworded"), so that a wrong
 *     reply points at its rule; empty when no quotation was found
 */
public record WhoSaidAnswer(
    String phrase,
    Status status,
    Optional<QuoteRecord> quote,
    List<QuoteRecord> sources,
    List<Excerpt> mentions,
    Optional<String> foundBy) {
  public WhoSaidAnswer {
    sources = List.copyOf(sources);
    mentions = List.copyOf(mentions);
  }

  /** A reply that no lookup found a quotation for, or one whose lookup is not known. */
  public WhoSaidAnswer(
      String phrase,
      Status status,
      Optional<QuoteRecord> quote,
      List<QuoteRecord> sources,
      List<Excerpt> mentions) {
    this(phrase, status, quote, sources, mentions, Optional.empty());
  }

  public enum Status {
    /** A quotation matches and the article names its speaker. */
    FOUND,
    /** A quotation matches but no article says who said it: the reply names nobody. */
    UNATTRIBUTED,
    /** The words are in the news, but not inside anyone's quotation. */
    NOT_A_QUOTE,
    /** Nothing matches well enough. */
    NO_MATCH,
    /** The phrase has no searchable words. */
    EMPTY
  }
}
