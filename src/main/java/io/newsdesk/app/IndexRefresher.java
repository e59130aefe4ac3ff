package io.newsdesk.app;

import java.io.Closeable;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a long-running Newsdesk (the bot) in line with the article folders: every so often it
 * indexes new and changed files and drops deleted ones, so an operator only has to add files.
 */
public final class IndexRefresher implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(IndexRefresher.class);

  private final ScheduledExecutorService timer;

  private IndexRefresher(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  /** Refreshes every {@code period}, the first time one period from now. */
  public static IndexRefresher every(Duration period, Newsdesk newsdesk) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "newsdesk-refresh");
              thread.setDaemon(true);
              return thread;
            });
    long millis = period.toMillis();
    timer.scheduleWithFixedDelay(() -> refresh(newsdesk), millis, millis, TimeUnit.MILLISECONDS);
    return new IndexRefresher(timer);
  }

  private static void refresh(Newsdesk newsdesk) {
    try {
      newsdesk.updateFromConfig(new io.newsdesk.index.IngestProgress(), () -> false);
    } catch (Exception e) {
      // A failed refresh must not stop the next one; the index keeps what it had.
      LOG.warn("refreshing the index failed; trying again at the next refresh", e);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
