package io.newsdesk.cli;

import io.newsdesk.index.IngestProgress;
import java.io.Closeable;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how a long indexing run is going: on a terminal, one line rewritten twice a second; in a
 * log (a pipe, a container), a line every five seconds. Nothing for runs shorter than that.
 */
final class ProgressLine implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger("newsdesk.progress");

  private final ScheduledExecutorService timer;
  private final boolean terminal;
  private final PrintStream err;
  private volatile boolean shown;

  private ProgressLine(IngestProgress progress, boolean terminal, PrintStream err) {
    this.terminal = terminal;
    this.err = err;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("newsdesk-progress").daemon().factory());
    long every = terminal ? 500 : 5000;
    timer.scheduleAtFixedRate(() -> show(progress), every, every, TimeUnit.MILLISECONDS);
  }

  static ProgressLine start(IngestProgress progress) {
    return new ProgressLine(progress, System.console() != null, System.err);
  }

  private void show(IngestProgress progress) {
    if (progress.articles() == 0) {
      return;
    }
    shown = true;
    if (terminal) {
      err.print("\rindexing: " + progress.line() + "   ");
      err.flush();
    } else {
      LOG.info("indexing: {}", progress.line());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    if (terminal && shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
