package io.newsdesk.app;

import io.newsdesk.config.Config;
import io.newsdesk.config.Feed;
import io.newsdesk.feeds.FeedList;
import io.newsdesk.feeds.FeedState;
import io.newsdesk.index.IndexReport;
import io.newsdesk.opensearch.ClusterFeeds;
import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feeds of a Newsdesk on a cluster: polled (no lease needed for that) and stored into the
 * cluster by the process holding the ingest lease. On a cluster the followed feeds are those of the
 * configuration, which every process sharing the cluster reads alike; a list of added feeds kept in
 * one machine's folder would give each process a different list.
 */
public final class ClusterFeedUpdates implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterFeedUpdates.class);

  private final List<Feed> configured;
  private final ClusterFeeds feeds;
  private final FeedIngest ingest;
  private final boolean allowPrivate;

  ClusterFeedUpdates(Config config, ClusterFeeds feeds, Clock clock) {
    this.configured = config.feeds();
    this.feeds = feeds;
    this.ingest = new FeedIngest(config, clock);
    this.allowPrivate = config.fetch().allowPrivateAddresses();
  }

  /** The feeds followed: those of the configuration. */
  public List<Feed> followed() {
    return configured;
  }

  /** What the cluster keeps of each feed polled, by address. */
  public Map<String, FeedState> states() throws IOException {
    return feeds.states();
  }

  /** The followed feeds due for a poll at {@code now}, by the states in the cluster. */
  public List<Feed> due(Instant now) throws IOException {
    Map<String, FeedState> states = feeds.states();
    return configured.stream()
        .filter(f -> !states.containsKey(f.url()) || states.get(f.url()).dueAt(now))
        .toList();
  }

  /**
   * Polls these feeds and stores what they bring; call holding the lease. A feed whose articles the
   * cluster refuses stops the run with an IOException (its state is not stored, so its next poll
   * fetches the items again); a feed that cannot be read is one line in the report.
   */
  public IndexReport poll(List<Feed> which) throws IOException, InterruptedException {
    if (which.isEmpty()) {
      return IndexReport.empty();
    }
    Map<String, FeedState> states = feeds.states();
    IndexReport[] total = {IndexReport.empty()};
    Exception[] failure = {null};
    ingest.poll(
        which,
        states,
        feed -> FeedUpdates.mayReachPrivate(allowPrivate, true, feed.url()),
        polled -> {
          if (failure[0] != null) {
            return;
          }
          try {
            total[0] = total[0].plus(feeds.store(polled.feed().url(), polled.poll()));
          } catch (IOException | InterruptedException e) {
            failure[0] = e;
          }
        });
    if (failure[0] instanceof InterruptedException e) {
      throw e;
    }
    if (failure[0] instanceof IOException e) {
      throw e;
    }
    return total[0];
  }

  /**
   * Removes the articles of feeds that the cluster holds but the configuration no longer lists
   * ({@code newsdesk index} does, the operator having changed the configuration); call holding the
   * lease.
   */
  public IndexReport removeUnfollowed() throws IOException {
    int removed = 0;
    for (String url : feeds.states().keySet()) {
      if (configured.stream().noneMatch(f -> FeedList.sameUrl(f.url(), url))) {
        long articles = feeds.remove(url);
        LOG.info("feed {} is no longer configured: removed its {} articles", url, articles);
        removed++;
      }
    }
    return new IndexReport(0, 0, 0, 0, removed, List.of(), false);
  }

  /** How many articles of a feed the cluster holds. */
  public long articleCount(String url) throws IOException {
    return feeds.articleCount(url);
  }

  @Override
  public void close() {
    ingest.close();
  }
}
