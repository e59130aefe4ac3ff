package io.newsdesk.app;

import io.newsdesk.config.Feed;
import io.newsdesk.feeds.FeedList;
import io.newsdesk.feeds.FeedState;
import io.newsdesk.index.IndexReport;
import io.newsdesk.index.IngestProgress;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a running Newsdesk (the bot) in line with the news as it happens: a file written into an
 * article folder is indexed within a second or two, each feed is polled on its own schedule (with
 * backoff when it fails), the feed list is re-read when {@code feeds add} changes it, and a full
 * re-scan runs every {@code articles.refresh-minutes} as a safety net. Files are indexed on one
 * thread; feeds are polled a few at a time. Searches never wait for any of it.
 */
public final class LiveIngest implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveIngest.class);
  static final Duration QUIET = Duration.ofMillis(250);
  static final Duration TICK = Duration.ofSeconds(1);

  private final Newsdesk newsdesk;
  private final Clock clock;
  private final ExecutorService files = single("newsdesk-ingest");
  private final ExecutorService polls =
      Executors.newFixedThreadPool(4, Thread.ofPlatform().name("newsdesk-poll").daemon().factory());
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("newsdesk-schedule").daemon().factory());
  private final Map<String, Instant> nextPoll = new ConcurrentHashMap<>();
  private final Set<String> polling = ConcurrentHashMap.newKeySet();
  private final FolderWatcher watcher;
  private volatile long feedListModified = -1;
  private volatile List<Feed> followed = List.of();

  private LiveIngest(Newsdesk newsdesk, Duration refresh, Clock clock) throws IOException {
    this.newsdesk = newsdesk;
    this.clock = clock;
    this.watcher =
        FolderWatcher.start(
            newsdesk.configuredRoots().stream().map(r -> r.path()).toList(),
            QUIET,
            batch -> files.execute(() -> filesChanged(batch)));
    for (Map.Entry<String, FeedState> state : newsdesk.feedStates().entrySet()) {
      nextPoll.put(state.getKey(), state.getValue().nextPoll());
    }
    timer.scheduleWithFixedDelay(this::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    if (!refresh.isZero()) {
      long every = refresh.toMillis();
      timer.scheduleWithFixedDelay(
          () -> files.execute(this::rescan), every, every, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Starts following the news for {@code newsdesk}, which must write the index.
   *
   * @param refresh how often to re-scan every folder in full; zero for never
   */
  public static LiveIngest start(Newsdesk newsdesk, Duration refresh) throws IOException {
    return new LiveIngest(newsdesk, refresh, Clock.systemUTC());
  }

  private void filesChanged(FolderWatcher.Batch batch) {
    try {
      IndexReport report =
          batch.rescan()
              ? newsdesk.updateFromConfig(new IngestProgress(), () -> false)
              : newsdesk.updatePaths(List.copyOf(batch.paths()));
      if (report.isNews()) {
        LOG.info("index: {}", report.summary());
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "indexing changed files failed; the next change or re-scan tries again: {}",
          e.toString());
    }
  }

  private void rescan() {
    filesChanged(new FolderWatcher.Batch(Set.of(), true));
  }

  /** Once a second: re-read the feed list if it changed, and start the polls that are due. */
  private void tick() {
    try {
      readFeedList();
      Instant now = clock.instant();
      for (Feed feed : followed) {
        Instant due = nextPoll.getOrDefault(feed.url(), Instant.EPOCH);
        if (!now.isBefore(due) && polling.add(feed.url())) {
          polls.execute(() -> poll(feed));
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("scheduling feed polls: {}", e.toString());
    }
  }

  private void poll(Feed feed) {
    try {
      IndexReport report = newsdesk.indexFeeds(List.of(feed), () -> false);
      FeedState state = newsdesk.feedStates().get(feed.url());
      Instant next = state != null ? state.nextPoll() : Instant.EPOCH;
      // A poll that stored nothing (it failed before a state was kept) waits its interval.
      nextPoll.put(
          feed.url(), next.isAfter(clock.instant()) ? next : clock.instant().plus(feed.every()));
      if (report.removed() > 0) {
        LOG.info("feed {}: {}", feed.url(), report.summary());
      }
    } catch (IOException | RuntimeException e) {
      nextPoll.put(feed.url(), clock.instant().plus(feed.every()));
      LOG.warn(
          "feed {}: indexing failed; trying again at its next poll: {}", feed.url(), e.toString());
    } finally {
      polling.remove(feed.url());
    }
  }

  private void readFeedList() {
    Path file = newsdesk.feeds().added().file();
    long modified = modified(file);
    if (modified == feedListModified && !followed.isEmpty()) {
      return;
    }
    List<Feed> before = followed;
    followed = newsdesk.feeds().all();
    boolean first = feedListModified == -1;
    feedListModified = modified;
    if (first || !newsdesk.feeds().complete()) {
      return; // an unreadable list says nothing about which feeds were removed
    }
    for (Feed gone : before) {
      if (followed.stream().noneMatch(f -> FeedList.sameUrl(f.url(), gone.url()))) {
        files.execute(() -> unfollow(gone.url()));
      }
    }
  }

  private void unfollow(String url) {
    try {
      int removed = newsdesk.removeFeed(url);
      nextPoll.remove(url);
      LOG.info("feed {} is no longer followed: removed its {} articles", url, removed);
    } catch (IOException | RuntimeException e) {
      LOG.warn("removing the articles of feed {} failed: {}", url, e.toString());
    }
  }

  private static long modified(Path file) {
    try {
      return Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /** Polls a feed at the next tick, whatever its schedule (after {@code feeds add}). */
  public void pollSoon(String url) {
    nextPoll.put(url, Instant.EPOCH);
    feedListModified = -2;
  }

  /** A full re-scan of the files and a poll of every feed, on the ingest thread. */
  public Future<IndexReport> reindex() {
    return files.submit(
        () -> {
          IndexReport report = newsdesk.updateFromConfig(new IngestProgress(), () -> false);
          List<Feed> all = new ArrayList<>(newsdesk.feeds().all());
          all.removeIf(f -> polling.contains(f.url()));
          return report.plus(newsdesk.indexFeeds(all, () -> false));
        });
  }

  @Override
  public void close() throws IOException {
    timer.shutdownNow();
    watcher.close();
    polls.shutdownNow();
    files.shutdown();
    try {
      files.awaitTermination(30, TimeUnit.SECONDS);
      polls.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ExecutorService single(String name) {
    return Executors.newSingleThreadExecutor(Thread.ofPlatform().name(name).daemon().factory());
  }
}
