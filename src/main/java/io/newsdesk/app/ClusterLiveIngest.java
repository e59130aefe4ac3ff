package io.newsdesk.app;

import io.newsdesk.opensearch.ClusterIngest;
import io.newsdesk.opensearch.FilesReport;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsdesk ingest}: keeps a cluster in line with the article folders of this machine as the
 * bot keeps its embedded index: a file written, changed or deleted is in the answers within
 * seconds, a full look at every folder runs every {@code articles.refresh-minutes}, and the
 * configured feeds are polled in rounds like every bot's. Each update holds the cluster's ingest
 * lease; when another process holds it, the update is tried again {@link #RETRY} later.
 */
public final class ClusterLiveIngest implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterLiveIngest.class);
  static final Duration RETRY = Duration.ofSeconds(15);

  private final Newsdesk newsdesk;
  private final ExecutorService files =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name("newsdesk-cluster-files").daemon().factory());
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("newsdesk-cluster-schedule").daemon().factory());
  private final AtomicBoolean pending = new AtomicBoolean();
  private final FolderWatcher watcher;
  private final Optional<ClusterFeedRounds> feeds;

  private ClusterLiveIngest(Newsdesk newsdesk, Duration refresh) throws IOException {
    this.newsdesk = newsdesk;
    List<Path> roots =
        newsdesk.config().articles().paths().stream().map(newsdesk.home()::resolve).toList();
    this.watcher = FolderWatcher.start(roots, LiveIngest.QUIET, batch -> requestUpdate());
    timer.scheduleWithFixedDelay(
        () -> {
          if (pending.get()) {
            files.execute(this::update);
          }
        },
        RETRY.toMillis(),
        RETRY.toMillis(),
        TimeUnit.MILLISECONDS);
    if (!refresh.isZero()) {
      timer.scheduleWithFixedDelay(
          this::requestUpdate, refresh.toMillis(), refresh.toMillis(), TimeUnit.MILLISECONDS);
    }
    this.feeds = newsdesk.followFeedsOnCluster();
  }

  /**
   * Starts following the folders and feeds for {@code newsdesk}, which reads a cluster.
   *
   * @param refresh how often to look at every folder in full; zero for never
   */
  public static ClusterLiveIngest start(Newsdesk newsdesk, Duration refresh) throws IOException {
    return new ClusterLiveIngest(newsdesk, refresh);
  }

  /** An update soon: changes that come meanwhile are taken by the same update. */
  private void requestUpdate() {
    pending.set(true);
    files.execute(this::update);
  }

  private void update() {
    if (!pending.getAndSet(false)) {
      return;
    }
    try {
      FilesReport report = newsdesk.updateCluster();
      if (report.articles() + report.removedFiles() + report.problems() > 0) {
        LOG.info(
            String.format(
                Locale.ROOT,
                "cluster: %d articles written, %d files removed, %d skipped in %.1f s",
                report.articles(),
                report.removedFiles(),
                report.problems(),
                report.seconds()));
      }
    } catch (ClusterIngest.LeaseTaken e) {
      pending.set(true); // another process writes now: the next tick tries again
      LOG.debug("files: {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException | StackOverflowError e) {
      LOG.warn(
          "writing changed files into the cluster failed; the next change or full look tries"
              + " again: {}",
          ClusterUnavailable.reason(e));
    }
  }

  @Override
  public void close() throws IOException {
    timer.shutdownNow();
    watcher.close();
    feeds.ifPresent(ClusterFeedRounds::close);
    files.shutdown();
    try {
      files.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
