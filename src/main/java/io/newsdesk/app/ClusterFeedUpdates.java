package io.newsdesk.app;

import io.newsdesk.config.Config;
import io.newsdesk.config.Feed;
import io.newsdesk.feeds.FeedList;
import io.newsdesk.feeds.FeedState;
import io.newsdesk.index.IndexReport;
import io.newsdesk.ingest.IngestProblem;
import io.newsdesk.ingest.OneLine;
import io.newsdesk.opensearch.ClusterConnection;
import io.newsdesk.opensearch.ClusterFeeds;
import io.newsdesk.opensearch.ClusterIngest;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  private final ClusterConnection connection;
  private final String prefix;
  private final List<Feed> configured;
  private final ClusterFeeds feeds;
  private final FeedIngest ingest;
  private final boolean allowPrivate;
  private final Clock clock;

  ClusterFeedUpdates(Config config, ClusterConnection connection, ClusterFeeds feeds, Clock clock) {
    this.connection = connection;
    this.prefix = config.opensearch().indexPrefix();
    this.configured = config.feeds();
    this.feeds = feeds;
    this.ingest = new FeedIngest(config, clock);
    this.allowPrivate = config.fetch().allowPrivateAddresses();
    this.clock = clock;
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
    List<Feed> due = new ArrayList<>();
    for (Feed feed : followed(states)) {
      FeedState state = states.get(feed.url());
      if (state == null || state.dueAt(now)) {
        due.add(feed);
      }
    }
    return due;
  }

  /**
   * The configured feeds, each under the address the cluster already keeps it by when the
   * configuration writes it another way ({@link FeedList#sameUrl}): its articles stay one set.
   */
  private List<Feed> followed(Map<String, FeedState> states) {
    List<Feed> followed = new ArrayList<>();
    for (Feed feed : configured) {
      String known = keptAs(states, feed.url()).orElse(feed.url());
      followed.add(known.equals(feed.url()) ? feed : new Feed(known, feed.name(), feed.every()));
    }
    return followed;
  }

  /**
   * Polls these feeds and stores what they bring; call holding the lease. A feed that cannot be
   * read, or whose articles the cluster does not take, is one line in the log and in the report;
   * the latter is tried again after its interval (its items are fetched again then), and the other
   * feeds go on.
   */
  public IndexReport poll(List<Feed> which) throws IOException, InterruptedException {
    if (which.isEmpty()) {
      return IndexReport.empty();
    }
    Map<String, FeedState> states = feeds.states();
    List<IndexReport> reports = new ArrayList<>();
    ingest.poll(
        followed(states).stream()
            .filter(f -> which.stream().anyMatch(w -> FeedList.sameUrl(w.url(), f.url())))
            .toList(),
        states,
        feed -> FeedUpdates.mayReachPrivate(allowPrivate, true, feed.url()),
        polled -> reports.add(store(polled, states)));
    return reports.stream().reduce(IndexReport.empty(), IndexReport::plus);
  }

  /** One feed's poll into the cluster; when that fails, its next poll put off by its interval. */
  private IndexReport store(FeedIngest.Polled polled, Map<String, FeedState> states) {
    String url = polled.feed().url();
    try {
      return feeds.store(url, polled.poll());
    } catch (IOException | RuntimeException e) {
      String reason = "not stored in the cluster: " + OneLine.of(String.valueOf(e), 200);
      LOG.warn("feed {}: {}; tried again in {}", url, reason, polled.feed().every());
      FeedState before = states.getOrDefault(url, FeedState.fresh(url));
      try {
        feeds.postpone(url, before.failed(reason, clock.instant(), polled.feed().every()));
      } catch (IOException | RuntimeException again) {
        LOG.warn("feed {}: its state could not be stored either: {}", url, again.toString());
      }
      return new IndexReport(
          0,
          0,
          0,
          1,
          0,
          List.of(IngestProblem.ofFeed(url, IngestProblem.Kind.NOT_INDEXED, reason)),
          false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return IndexReport.empty();
    }
  }

  /**
   * The feeds the cluster holds that this configuration does not list. Their articles stay: each
   * process may list feeds of its own ({@code NEWSDESK_FEEDS}), so one process's list is no proof
   * that a feed was given up; {@link #remove} takes them out when the operator says so.
   */
  public List<String> unfollowed() throws IOException {
    List<String> unfollowed = new ArrayList<>();
    for (String url : feeds.states().keySet()) {
      if (configured.stream().noneMatch(f -> FeedList.sameUrl(f.url(), url))) {
        unfollowed.add(url);
      }
    }
    return unfollowed;
  }

  /**
   * The address under which the cluster keeps a feed (the same feed written another way, {@link
   * FeedList#sameUrl}), if it keeps it.
   */
  public Optional<String> known(String url) throws IOException {
    return keptAs(feeds.states(), url);
  }

  private static Optional<String> keptAs(Map<String, FeedState> states, String url) {
    return states.keySet().stream().filter(u -> FeedList.sameUrl(u, url)).findFirst();
  }

  /**
   * Removes a feed's articles and state from the cluster, holding the ingest lease; how many
   * articles left.
   *
   * @throws ClusterIngest.LeaseTaken when another process is writing: nothing was removed
   */
  public long remove(String url) throws IOException {
    try {
      return ClusterIngest.underLease(connection, prefix, held -> feeds.remove(url));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while removing feed " + url);
    }
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
