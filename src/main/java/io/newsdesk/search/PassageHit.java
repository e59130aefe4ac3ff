package io.newsdesk.search;

import java.util.OptionalLong;

/**
 * A passage a search found.
 *
 * @param doc the passage's number in the snapshot that found it
 * @param score the search's score for it
 * @param published its article's publication day (epoch days), when known
 * @param key its article's key; may be empty unless the search was within some articles ({@link
 *     WordQuery#articles()}), where it is needed
 */
public record PassageHit(int doc, float score, OptionalLong published, String key) {
  /** The same hit with another score. */
  public PassageHit withScore(float newScore) {
    return new PassageHit(doc, newScore, published, key);
  }
}
