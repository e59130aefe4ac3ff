package io.newsdesk.app;

import io.newsdesk.config.Config;
import io.newsdesk.config.Feed;
import io.newsdesk.feeds.FeedPoll;
import io.newsdesk.feeds.FeedPoller;
import io.newsdesk.feeds.FeedState;
import java.io.Closeable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls feeds a few at a time, their pages fetched one request at a time per host. Polling never
 * writes the index: the results go to {@link Newsdesk#store}.
 */
public final class FeedIngest implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(FeedIngest.class);
  static final int FEEDS_AT_ONCE = 4;

  private final ExecutorService feeds;
  private final FeedPoller poller;

  FeedIngest(Config config, Clock clock) {
    this.feeds =
        Executors.newFixedThreadPool(
            FEEDS_AT_ONCE, Thread.ofPlatform().name("newsdesk-feeds").daemon().factory());
    this.poller = new FeedPoller(config.fetch(), clock);
  }

  /** A poll's outcome, with the feed it was for. */
  public record Polled(Feed feed, FeedPoll poll) {}

  /**
   * Polls the given feeds, a few at a time, and hands each result to {@code sink} as it comes (on
   * this thread, in the order the feeds were given).
   */
  public void poll(
      List<Feed> due,
      Map<String, FeedState> states,
      java.util.function.Predicate<Feed> mayReachPrivate,
      PolledSink sink)
      throws InterruptedException {
    List<Future<Polled>> running = new ArrayList<>();
    for (Feed feed : due) {
      FeedState before =
          Optional.ofNullable(states.get(feed.url())).orElseGet(() -> FeedState.fresh(feed.url()));
      boolean local = mayReachPrivate.test(feed);
      running.add(feeds.submit(() -> new Polled(feed, poller.poll(feed, before, local))));
    }
    for (Future<Polled> result : running) {
      try {
        sink.accept(result.get());
      } catch (ExecutionException e) {
        LOG.warn("polling a feed failed: {}", String.valueOf(e.getCause()));
      }
    }
  }

  /** Where polled feeds go: the index, in {@link Newsdesk#store}. */
  @FunctionalInterface
  public interface PolledSink {
    void accept(Polled polled);
  }

  @Override
  public void close() {
    feeds.shutdownNow();
  }
}
