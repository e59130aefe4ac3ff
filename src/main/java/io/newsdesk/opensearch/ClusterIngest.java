package io.newsdesk.opensearch;

import io.newsdesk.config.Config;
import io.newsdesk.index.ArticleEmbedder;
import io.newsdesk.index.QuoteFinder;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writing to a cluster, one process at a time among all sharing it: takes the ingest lease, keeps
 * it renewed while the work runs ({@code newsdesk index}'s rebuild and feed polls, or a bot's round
 * of due feeds), and gives it up at the end.
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

  /** Work done while holding the lease. */
  @FunctionalInterface
  public interface LeaseWork<T> {
    /**
     * @param held confirms, before a step that must not run unless this process still holds the
     *     lease (switching the aliases), that it does
     */
    T run(Held held) throws IOException, InterruptedException;
  }

  /** Confirms that this process still holds the lease. */
  @FunctionalInterface
  public interface Held {
    /**
     * @throws LeaseTaken when another process has taken it over (this one could not renew it in
     *     time)
     */
    void confirm() throws IOException;
  }

  /**
   * Runs {@code work} holding the cluster's ingest lease, renewed meanwhile, and gives it up after.
   *
   * @throws LeaseTaken when another process holds it: nothing was run
   */
  public static <T> T underLease(ClusterConnection connection, String prefix, LeaseWork<T> work)
      throws IOException, InterruptedException {
    IngestLease lease =
        new IngestLease(connection.client(), prefix, holder(), TERM, Clock.systemUTC());
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
      return work.run(
          () -> {
            if (!lease.renew()) {
              throw new LeaseTaken(
                  "another process took the ingest lease over while this run worked (it could not"
                      + " be renewed in time); nothing more was changed: run it again");
            }
          });
    } finally {
      renewing.shutdownNow();
      lease.release();
    }
  }

  /** A rebuild of the indices under the configured prefix. */
  public static ClusterRebuild rebuild(
      ClusterConnection connection,
      Config.OpenSearch config,
      IndexDefinition definition,
      QuoteFinder quotes,
      ArticleEmbedder vectors) {
    Aliases aliases = new Aliases(connection.client(), config.indexPrefix(), Clock.systemUTC());
    return new ClusterRebuild(
        connection.client(), aliases, definition, quotes, vectors, BulkWriter.Options.defaults());
  }

  /** An update of the indices under the configured prefix (a rebuild when it must). */
  public static ClusterUpdate update(
      ClusterConnection connection,
      Config.OpenSearch config,
      IndexDefinition definition,
      QuoteFinder quotes,
      ArticleEmbedder vectors) {
    ClusterRebuild rebuild = rebuild(connection, config, definition, quotes, vectors);
    return new ClusterUpdate(
        connection.client(),
        rebuild.aliases(),
        rebuild,
        quotes,
        vectors,
        BulkWriter.Options.defaults());
  }

  private static void renew(IngestLease lease) {
    try {
      if (!lease.renew()) {
        LOG.warn("another process has taken the ingest lease over; this run goes on");
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot renew the ingest lease: {}", e.toString());
    }
  }

  /** This run as others see it in the lease: host name, process id and a random part. */
  static String holder() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "unknown-host";
    }
    // Two containers may share a host name and both run Java as process 1: a random part too.
    return host
        + ":"
        + ProcessHandle.current().pid()
        + ":"
        + UUID.randomUUID().toString().substring(0, 8);
  }
}
