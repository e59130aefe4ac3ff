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

  FeedUpdates(Config config, FollowedFeeds followed, NewsIndexWriter writer, QuoteFinder quotes) {
    this.followed = followed;
    this.writer = writer;
    this.indexer = new FeedIndexer(writer, quotes);
    this.ingest = new FeedIngest(config, Clock.systemUTC());
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

  /** Indexes one feed's poll and commits, so its new articles are searchable at once. */
  synchronized IndexReport store(FeedIngest.Polled polled) throws IOException {
    IndexReport report = indexer.store(polled.feed().url(), polled.poll());
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
