package io.newsdesk.app;

import io.newsdesk.config.Feed;
import io.newsdesk.index.IndexReport;
import io.newsdesk.opensearch.ClusterConnection;
import io.newsdesk.opensearch.ClusterIngest;
import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bot on a cluster keeps the feeds' news coming: every {@link #ROUND}, when a configured feed is
 * due, it takes the cluster's ingest lease, polls the feeds due and stores what they bring, and
 * gives the lease up. Every bot sharing the cluster does the same, so the feeds are polled as long
 * as one bot runs, and by one at a time: a bot that finds the lease held skips its round.
 */
public final class ClusterFeedRounds implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterFeedRounds.class);
  static final Duration ROUND = Duration.ofSeconds(15);

  private final ClusterConnection connection;
  private final String prefix;
  private final ClusterFeedUpdates updates;
  private final Clock clock;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("newsdesk-cluster-feeds").daemon().factory());

  ClusterFeedRounds(
      ClusterConnection connection, String prefix, ClusterFeedUpdates updates, Clock clock) {
    this.connection = connection;
    this.prefix = prefix;
    this.updates = updates;
    this.clock = clock;
  }

  /** Starts the rounds, the first at once. */
  ClusterFeedRounds start(Duration every) {
    timer.scheduleWithFixedDelay(this::round, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  /** One round: the feeds due polled into the cluster, if this process gets the lease. */
  IndexReport round() {
    try {
      if (updates.due(clock.instant()).isEmpty()) {
        return IndexReport.empty(); // no lease taken when there is nothing to do
      }
      IndexReport report =
          ClusterIngest.underLease(
              connection,
              prefix,
              held -> {
                // Read again under the lease: another bot may have polled them meanwhile.
                List<Feed> due = updates.due(clock.instant());
                return updates.poll(due);
              });
      if (report.isNews()) {
        LOG.info("feeds into the cluster: {}", report.summary());
      }
      return report;
    } catch (ClusterIngest.LeaseTaken e) {
      LOG.debug("feeds: {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // Caught, not let out: an exception would end this bot's rounds for good.
      LOG.warn(
          "polling feeds into the cluster failed; the next round tries again: {}", e.toString());
    }
    return IndexReport.empty();
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
