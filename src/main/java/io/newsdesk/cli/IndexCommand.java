package io.newsdesk.cli;

import io.newsdesk.app.Newsdesk;
import io.newsdesk.index.IndexReport;
import io.newsdesk.index.IngestProgress;
import io.newsdesk.opensearch.ClusterIngest;
import io.newsdesk.opensearch.FilesReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code newsdesk index [PATH…]}: index files or folders now and say what happened. Ctrl-C stops it
 * cleanly: what was indexed is committed and kept, and the next run goes on from there.
 */
@Command(
    name = "index",
    description =
        "Index article files or folders now (default: the configured ones, and every feed once).")
final class IndexCommand implements Callable<Integer> {
  @ParentCommand NewsdeskCli root;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders of articles.")
  List<Path> paths;

  @Option(
      names = "--rebuild",
      description = "Empty the index and build it again from the configured files and feeds.")
  boolean rebuild;

  @Override
  public Integer call() throws Exception {
    if (Newsdesk.configuredOnCluster(root.configFile(), System.getenv())) {
      return fillCluster();
    }
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(1);
    Thread onInterrupt =
        new Thread(
            () -> {
              stop.set(true);
              try {
                done.await(60, TimeUnit.SECONDS); // let the run commit what it has
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "newsdesk-stop");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    try (Newsdesk newsdesk = Newsdesk.forWriting(root.configFile(), System.getenv(), false)) {
      IngestProgress progress = new IngestProgress();
      IndexReport report;
      try (ProgressLine line = ProgressLine.start(progress)) {
        if (rebuild) {
          if (paths != null && !paths.isEmpty()) {
            throw new NewsdeskCli.UserError(
                "--rebuild rebuilds from the configuration; it takes no paths");
          }
          report = newsdesk.rebuild(progress, stop::get);
        } else if (paths == null || paths.isEmpty()) {
          report = newsdesk.updateFromConfig(progress, stop::get);
          report = report.plus(newsdesk.indexFeeds(newsdesk.feeds().all(), stop::get));
        } else {
          report = newsdesk.update(paths, progress, stop::get);
        }
      }
      System.out.println(report.summary());
      return report.stopped() ? 130 : report.failed() > 0 ? 1 : 0;
    } finally {
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException e) {
        // already shutting down: the hook is running and waits for `done`
      }
    }
  }

  /**
   * On a cluster every run is a rebuild into new indices that replace the old ones at once, so that
   * articles gone from the files are gone from the answers too.
   */
  private int fillCluster() throws Exception {
    if (paths != null && !paths.isEmpty()) {
      throw new NewsdeskCli.UserError(
          "index.backend is opensearch: `newsdesk index` fills the cluster from the configured"
              + " articles; it takes no paths (add them to articles.paths)");
    }
    Newsdesk.ClusterFill fill;
    try {
      fill = Newsdesk.fillCluster(root.configFile(), System.getenv(), rebuild);
    } catch (ClusterIngest.LeaseTaken e) {
      throw new NewsdeskCli.UserError(e.getMessage());
    }
    FilesReport report = fill.files();
    System.out.println(
        String.format(
            java.util.Locale.ROOT,
            "indexed %d articles into the cluster (%d skipped%s) in %.1f s (%.0f articles/s)%s",
            report.articles(),
            report.problems(),
            report.rebuilt()
                ? ""
                : "; "
                    + report.unchangedFiles()
                    + " files unchanged, "
                    + report.removedFiles()
                    + " removed",
            report.seconds(),
            report.articlesPerSecond(),
            report.feedArticles() > 0
                ? "; kept the " + report.feedArticles() + " articles of feeds"
                : ""));
    if (fill.feeds().isNews()) {
      System.out.println("feeds: " + fill.feeds().summary());
    }
    return report.problems() > 0 || fill.feeds().failed() > 0 ? 1 : 0;
  }
}
