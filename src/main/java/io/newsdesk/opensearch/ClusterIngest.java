package io.newsdesk.opensearch;

import io.newsdesk.config.Config;
import io.newsdesk.index.ArticleEmbedder;
import io.newsdesk.index.QuoteFinder;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsdesk index} on a cluster: takes the ingest lease (one process at a time among all
 * sharing the cluster), keeps it renewed while it rebuilds the indices from the configured articles
 * ({@link ClusterRebuild}), and gives it up at the end.
 */
public final class ClusterIngest {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterIngest.class);

  /** How long the lease lasts unless renewed; renewed at a third of it. */
  static final Duration TERM = Duration.ofMinutes(2);

  private ClusterIngest() {}

  /** Another process holds the lease: nothing was written. */
  public static final class LeaseTaken extends IOException {
    LeaseTaken(String message) {
      super(message);
    }
  }

  public static ClusterRebuild.Report run(
      ClusterConnection connection,
      Config.OpenSearch config,
      IndexDefinition definition,
      List<Path> roots,
      QuoteFinder quotes,
      ArticleEmbedder vectors)
      throws IOException, InterruptedException {
    IngestLease lease =
        new IngestLease(
            connection.client(), config.indexPrefix(), holder(), TERM, Clock.systemUTC());
    if (!lease.acquire()) {
      String who =
          lease
              .current()
              .map(s -> s.holder() + " (until " + s.expiry() + ")")
              .orElse("another process");
      throw new LeaseTaken(
          "the cluster's articles are being indexed by "
              + who
              + "; nothing was written: try again when it is done");
    }
    ScheduledExecutorService renewing =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("newsdesk-lease").daemon().factory());
    renewing.scheduleAtFixedRate(
        () -> renew(lease), TERM.toSeconds() / 3, TERM.toSeconds() / 3, TimeUnit.SECONDS);
    try {
      Aliases aliases = new Aliases(connection.client(), config.indexPrefix(), Clock.systemUTC());
      return new ClusterRebuild(
              connection.client(),
              aliases,
              definition,
              quotes,
              vectors,
              BulkWriter.Options.defaults())
          .rebuild(roots);
    } finally {
      renewing.shutdownNow();
      lease.release();
    }
  }

  private static void renew(IngestLease lease) {
    try {
      if (!lease.renew()) {
        LOG.warn("another process has taken the ingest lease over; this rebuild goes on");
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot renew the ingest lease: {}", e.toString());
    }
  }

  /** This process as others see it in the lease: host name and process id. */
  static String holder() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "unknown-host";
    }
    return host + ":" + ProcessHandle.current().pid();
  }
}
