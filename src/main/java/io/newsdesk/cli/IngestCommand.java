package io.newsdesk.cli;

import io.newsdesk.app.ClusterLiveIngest;
import io.newsdesk.app.Newsdesk;
import io.newsdesk.opensearch.ClusterIngest;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code newsdesk ingest}: on a cluster, the one process that keeps it in line with this machine's
 * article folders (and polls the feeds, as every bot does), until stopped.
 */
@Command(
    name = "ingest",
    description =
        "On an OpenSearch cluster: write the article folders' changes into it as they happen, and"
            + " poll the feeds, until stopped.")
final class IngestCommand implements Callable<Integer> {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(IngestCommand.class);

  /** How long to wait before asking for the lease again. */
  private static final Duration LEASE_WAIT = Duration.ofSeconds(15);

  @ParentCommand NewsdeskCli root;

  @Override
  public Integer call() throws Exception {
    if (!Newsdesk.configuredOnCluster(root.configFile(), System.getenv())) {
      throw new NewsdeskCli.UserError(
          "ingest is for index.backend: opensearch; with the embedded index, `newsdesk bot` keeps"
              + " it up to date as it runs and `newsdesk index` updates it once");
    }
    Newsdesk.ClusterFill first = firstUpdate();
    LOG.info(
        "cluster: {} articles written ({} files unchanged, {} removed); feeds: {}",
        first.files().articles(),
        first.files().unchangedFiles(),
        first.files().removedFiles(),
        first.feeds().summary());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "newsdesk-stop"));
    try (Newsdesk newsdesk = Newsdesk.forReading(root.configFile(), System.getenv());
        ClusterLiveIngest live =
            ClusterLiveIngest.start(
                newsdesk, Duration.ofMinutes(newsdesk.config().articles().refreshMinutes()))) {
      LOG.info("following the article folders and the feeds; stop with Ctrl-C");
      stopped.await();
    }
    return 0;
  }

  /** The files and feeds brought up to date once, waiting while another process writes. */
  private Newsdesk.ClusterFill firstUpdate() throws Exception {
    boolean said = false;
    while (true) {
      try {
        return Newsdesk.fillCluster(root.configFile(), System.getenv(), false);
      } catch (ClusterIngest.LeaseTaken e) {
        if (!said) {
          LOG.info("{}; waiting", e.getMessage());
          said = true;
        }
        Thread.sleep(LEASE_WAIT.toMillis());
      }
    }
  }
}
