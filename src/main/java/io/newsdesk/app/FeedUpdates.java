package io.newsdesk.app;

import io.newsdesk.config.Config;
import io.newsdesk.config.Feed;
import io.newsdesk.feeds.FeedList;
import io.newsdesk.feeds.FeedState;
import io.newsdesk.index.FeedIndexer;
import io.newsdesk.index.IndexReport;
import io.newsdesk.index.NewsIndexWriter;
import io.newsdesk.index.QuoteFinder;
import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the feeds' articles in the index: polls feeds (no lock held meanwhile), stores each poll
 * and commits it, removes the articles of feeds no longer followed. Its own lock, not the files': a
 * long re-scan of the folders does not hold up a feed's new articles.
 */
final class FeedUpdates implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(FeedUpdates.class);

  private final FollowedFeeds followed;
  private final NewsIndexWriter writer;
  private final FeedIndexer indexer;
  private final FeedIngest ingest;
  private final boolean allowPrivate;

  FeedUpdates(
      Config config,
      FollowedFeeds followed,
      NewsIndexWriter writer,
      QuoteFinder quotes,
      io.newsdesk.index.ArticleEmbedder vectors) {
    this.followed = followed;
    this.writer = writer;
    this.indexer = new FeedIndexer(writer, quotes, vectors);
    this.ingest = new FeedIngest(config, Clock.systemUTC());
    this.allowPrivate = config.fetch().allowPrivateAddresses();
  }

  /** Polls these feeds and indexes what they bring, committing after each feed. */
  IndexReport index(List<Feed> which, BooleanSupplier stop) throws IOException {
    if (which.isEmpty()) {
      return IndexReport.empty();
    }
    Map<String, FeedState> states = states();
    IndexReport[] total = {IndexReport.empty()};
    IOException[] failure = {null};
    try {
      ingest.poll(
          which,
          states,
          this::mayReachPrivate,
          polled -> {
            if (failure[0] != null || stop.getAsBoolean()) {
              return;
            }
            try {
              total[0] = total[0].plus(store(polled));
            } catch (IOException e) {
              failure[0] = e;
            }
          });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (failure[0] != null) {
      throw failure[0];
    }
    return total[0];
  }

  /**
   * Whether a feed and its pages may be fetched from private or local addresses: when the settings
   * allow it, or when the operator configured the feed (not added it from Discord or the command
   * line) and it is itself on such an address: a feed of the local network, with its own pages.
   */
  private boolean mayReachPrivate(Feed feed) {
    return mayReachPrivate(allowPrivate, followed.isConfigured(feed.url()), feed.url());
  }

  static boolean mayReachPrivate(boolean allowPrivate, boolean configured, String url) {
    if (allowPrivate) {
      return true;
    }
    try {
      return configured && io.newsdesk.feeds.FeedAddresses.isPrivate(url);
    } catch (java.net.UnknownHostException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Indexes one feed's poll and commits, so its new articles are searchable at once. */
  synchronized IndexReport store(FeedIngest.Polled polled) throws IOException {
    String url = polled.feed().url();
    if (followed.complete()
        && followed.all().stream().noneMatch(f -> FeedList.sameUrl(f.url(), url))) {
      return IndexReport.empty(); // removed while it was being polled: its articles stay out
    }
    IndexReport report = indexer.store(url, polled.poll());
    writer.commit();
    return report;
  }

  synchronized Map<String, FeedState> states() throws IOException {
    return indexer.states();
  }

  synchronized int remove(String url) throws IOException {
    int removed = indexer.remove(url);
    writer.commit();
    return removed;
  }

  /** The articles of feeds that are no longer followed leave the index, saying so. */
  synchronized IndexReport removeUnfollowed() throws IOException {
    if (!followed.complete()) {
      return IndexReport.empty(); // the list cannot be read: nothing is known to be unfollowed
    }
    List<Feed> all = followed.all();
    int removed = 0;
    for (String url : indexer.states().keySet()) {
      if (all.stream().noneMatch(f -> FeedList.sameUrl(f.url(), url))) {
        int articles = indexer.remove(url);
        LOG.info("feed {} is no longer followed: removed its {} articles", url, articles);
        removed++;
      }
    }
    return new IndexReport(0, 0, 0, 0, removed, List.of(), false);
  }

  @Override
  public void close() {
    ingest.close();
  }
}
