package io.newsdesk.app;

import io.newsdesk.config.Config;
import io.newsdesk.config.ConfigException;
import io.newsdesk.embed.Embedder;
import io.newsdesk.index.ArticleEmbedder;
import io.newsdesk.index.IndexReport;
import io.newsdesk.opensearch.Aliases;
import io.newsdesk.opensearch.ClusterConnection;
import io.newsdesk.opensearch.ClusterFeeds;
import io.newsdesk.opensearch.ClusterIngest;
import io.newsdesk.opensearch.FilesReport;
import io.newsdesk.opensearch.IndexDefinition;
import io.newsdesk.opensearch.OpenSearchLogin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a Newsdesk on a cluster writes into it, wired from the configuration: the article files
 * (updated, or rebuilt) and the feeds. Each runs holding the cluster's ingest lease.
 */
final class ClusterWrites {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterWrites.class);

  private ClusterWrites() {}

  /** {@code newsdesk index} on a cluster: the files, then every configured feed. */
  static Newsdesk.ClusterFill fill(
      Config config, Path home, Map<String, String> env, boolean rebuild)
      throws IOException, InterruptedException {
    try (ClusterConnection connection =
            ClusterConnection.open(config.opensearch(), OpenSearchLogin.fromEnvironment(env));
        ClusterFeedUpdates feeds = feedUpdates(config, connection)) {
      return ClusterIngest.underLease(
          connection,
          config.opensearch().indexPrefix(),
          held -> {
            FilesReport files = files(config, home, connection, rebuild, held);
            for (String url : feeds.unfollowed()) {
              LOG.info(
                  "feed {} is in the cluster but not in this configuration: its {} articles stay"
                      + " (`newsdesk feeds remove {}` removes them)",
                  url,
                  feeds.articleCount(url),
                  url);
            }
            IndexReport polled = feeds.poll(feeds.followed());
            return new Newsdesk.ClusterFill(files, polled);
          });
    } catch (ClusterIngest.LeaseTaken | ConfigException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ClusterUnavailable(
          "cannot fill the OpenSearch cluster at "
              + String.join(", ", config.opensearch().hosts())
              + " ("
              + ClusterUnavailable.reason(e)
              + ")");
    }
  }

  /**
   * The configured article files into the cluster: those that changed, or all into new indices
   * ({@code rebuild}, or when the indices in use must be rebuilt). Call holding the lease.
   */
  static FilesReport files(
      Config config,
      Path home,
      ClusterConnection connection,
      boolean rebuild,
      ClusterIngest.Held held)
      throws IOException, InterruptedException {
    List<Path> roots = config.articles().paths().stream().map(home::resolve).toList();
    IndexDefinition definition =
        new IndexDefinition(config.opensearch().shards(), config.opensearch().replicas());
    ArticleEmbedder vectors = vectors(config);
    return rebuild
        ? ClusterIngest.rebuild(
                connection, config.opensearch(), definition, Newsdesk.quoteFinder(), vectors)
            .rebuild(roots, held)
        : ClusterIngest.update(
                connection, config.opensearch(), definition, Newsdesk.quoteFinder(), vectors)
            .update(roots, held);
  }

  /** The configured feeds on the cluster. */
  static ClusterFeedUpdates feedUpdates(Config config, ClusterConnection connection) {
    String prefix = config.opensearch().indexPrefix();
    return new ClusterFeedUpdates(
        config,
        connection,
        new ClusterFeeds(
            connection.client(),
            new Aliases(connection.client(), prefix, Clock.systemUTC()),
            prefix,
            Newsdesk.quoteFinder(),
            vectors(config)),
        Clock.systemUTC());
  }

  private static ArticleEmbedder vectors(Config config) {
    return config.index().semantic() ? Embedder.articles() : ArticleEmbedder.NONE;
  }
}
