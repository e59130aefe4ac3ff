package io.newsdesk.whosaid;

import io.newsdesk.index.NewsIndex;
import java.util.List;

/**
 * Finds quotations in the index: who said a phrase, what a person said, and suggestions for
 * autocomplete.
 */
public final class WhoSaidService {
  private final NewsIndex index;

  public WhoSaidService(NewsIndex index) {
    this.index = index;
  }

  /** The quotation that best matches a half-remembered phrase, with its speaker and sources. */
  public WhoSaidAnswer whoSaid(String phrase) {
    throw new UnsupportedOperationException("not yet implemented: " + index + phrase);
  }

  /** What a person said, newest first; the name may be partial ("Hegseth"). */
  public List<QuoteRecord> quotesBy(String speaker, int limit) {
    throw new UnsupportedOperationException("not yet implemented: " + speaker + limit);
  }

  /** Indexed quotations matching what the user has typed so far, for autocomplete. */
  public List<QuoteRecord> suggestQuotes(String typed, int limit) {
    throw new UnsupportedOperationException("not yet implemented: " + typed + limit);
  }

  /** Known speakers whose name matches what the user has typed so far, for autocomplete. */
  public List<String> suggestSpeakers(String typed, int limit) {
    throw new UnsupportedOperationException("not yet implemented: " + typed + limit);
  }
}
