package io.newsdesk.feeds;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a feed, as the feed tells it.
 *
 * @param guid the entry's id (RSS guid, Atom id), or else its link: what makes it the same item in
 *     the next poll
 * @param link the page of the full article, when given
 * @param feedText the entry's own text (content, else description) as HTML; often a teaser
 * @param fingerprint changes when the entry changes: an updated entry is fetched again
 */
public record FeedItem(
    String guid,
    Optional<String> link,
    String title,
    Optional<Instant> published,
    List<String> authors,
    String feedText,
    String fingerprint) {
  public FeedItem {
    authors = List.copyOf(authors);
  }
}
