package io.newsdesk.feeds;

import io.newsdesk.config.Feed;
import io.newsdesk.config.Fetch;
import io.newsdesk.ingest.OneLine;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Polls a feed: a conditional GET, the items that are new or changed since the last poll (at most
 * {@link Fetch#maxItemsPerPoll()}, newest first), and for each its full article from its page, or
 * the feed's own text when the page gives none. Nothing here writes the index.
 */
public final class FeedPoller {
  static final String ACCEPT_FEED =
      "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9,"
          + " text/xml;q=0.9, */*;q=0.5";

  private final Fetch settings;
  private final HttpFetcher fetcher;
  private final ItemReader items;
  private final Clock clock;

  public FeedPoller(Fetch settings, Clock clock) {
    this.settings = settings;
    this.fetcher = new HttpFetcher(settings);
    this.items = new ItemReader(settings, fetcher);
    this.clock = clock;
  }

  /** Polls a feed, fetching only public addresses unless the settings allow private ones. */
  public FeedPoll poll(Feed feed, FeedState before) throws InterruptedException {
    return poll(feed, before, settings.allowPrivateAddresses());
  }

  /**
   * Polls a feed.
   *
   * @param mayReachPrivate whether the feed and its pages may be on private or local addresses (the
   *     operator's own feed on the local network, say)
   */
  public FeedPoll poll(Feed feed, FeedState before, boolean mayReachPrivate)
      throws InterruptedException {
    Instant now = clock.instant();
    URI uri;
    try {
      uri = new URI(feed.url());
    } catch (URISyntaxException e) {
      return failed(feed, before, now, new FetchException("not an address: " + e.getMessage()));
    }
    Fetched fetched;
    FeedParser.Parsed parsed;
    try {
      fetched =
          fetcher.get(
              uri,
              Optional.ofNullable(before.etag()),
              Optional.ofNullable(before.lastModified()),
              settings.maxFeedMb() * 1_000_000L,
              ACCEPT_FEED,
              mayReachPrivate);
      if (fetched.notModified()) {
        return new FeedPoll(before.unchanged(now, feed.every()), List.of(), List.of());
      }
      parsed = FeedParser.parse(fetched.body(), fetched.contentType());
    } catch (FetchException e) {
      return failed(feed, before, now, e);
    }
    return read(feed, before, now, fetched, parsed, mayReachPrivate);
  }

  private FeedPoll read(
      Feed feed,
      FeedState before,
      Instant now,
      Fetched fetched,
      FeedParser.Parsed parsed,
      boolean mayReachPrivate)
      throws InterruptedException {
    List<FeedItem> changed = new ArrayList<>();
    Map<String, String> seen = new LinkedHashMap<>();
    for (FeedItem item : parsed.items()) {
      String known = before.seen().get(item.guid());
      if (item.fingerprint().equals(known)) {
        seen.put(item.guid(), known);
      } else {
        changed.add(item);
      }
    }
    List<String> notes = new ArrayList<>();
    boolean truncated = changed.size() > settings.maxItemsPerPoll();
    if (truncated) {
      notes.add(
          "lists "
              + changed.size()
              + " new or changed items; took the newest "
              + settings.maxItemsPerPoll()
              + " now, the rest at the next polls");
    }
    List<FeedItem> fresh = truncated ? changed.subList(0, settings.maxItemsPerPoll()) : changed;
    String source = feed.name().orElse(parsed.title());
    // A virtual thread per item: waiting for a host's turn costs no platform thread, so a feed of
    // many pages on one slow host holds up no other feed.
    List<Future<ItemReader.Read>> reads = new ArrayList<>();
    ExecutorService pages = Executors.newVirtualThreadPerTaskExecutor();
    for (FeedItem item : fresh) {
      reads.add(pages.submit(() -> items.read(item, feed.name(), source, mayReachPrivate)));
    }
    pages.shutdown();
    List<FeedArticle> articles = new ArrayList<>();
    for (int i = 0; i < reads.size(); i++) {
      ItemReader.Read read;
      try {
        read = reads.get(i).get();
      } catch (ExecutionException e) {
        read = ItemReader.Read.skipped("could not be read: " + e.getCause());
      }
      FeedItem item = fresh.get(i);
      read.note().ifPresent(note -> notes.add("item " + item.guid() + ": " + note));
      read.article().ifPresent(articles::add);
      seen.put(item.guid(), item.fingerprint());
    }
    notes.replaceAll(n -> OneLine.of(n, 300));
    FeedState after =
        before.polled(
            now,
            feed.every(),
            truncated ? Optional.empty() : fetched.etag(),
            truncated ? Optional.empty() : fetched.lastModified(),
            parsed.title(),
            seen);
    return new FeedPoll(after, articles, notes);
  }

  private FeedPoll failed(Feed feed, FeedState before, Instant now, FetchException e) {
    java.time.Duration wait =
        Backoff.after(before.failures() + 1, feed.every(), e.retryAfterSeconds());
    String reason = OneLine.of(e.getMessage(), 300);
    return new FeedPoll(before.failed(reason, now, wait), List.of(), List.of());
  }
}
