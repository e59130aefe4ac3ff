package io.newsdesk.app;

import io.newsdesk.config.Config;
import io.newsdesk.opensearch.Aliases;
import io.newsdesk.opensearch.ClusterConnection;
import io.newsdesk.opensearch.ClusterSearch;
import io.newsdesk.opensearch.IndexKind;
import io.newsdesk.opensearch.OpenSearchLogin;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Opens the index on a cluster for answering ({@code index.backend: opensearch}): a connection to
 * the configured nodes, and the indices behind the configured prefix's aliases, when {@code
 * newsdesk index} has filled them.
 */
final class ClusterReading {
  private ClusterReading() {}

  record Opened(ClusterConnection connection, ClusterSearch search) {}

  /** The cluster's index; empty when it holds none yet under the configured prefix. */
  static Optional<Opened> open(Config config, Map<String, String> env) {
    Config.OpenSearch settings = config.opensearch();
    ClusterConnection connection =
        ClusterConnection.open(settings, OpenSearchLogin.fromEnvironment(env));
    try {
      Aliases aliases = new Aliases(connection.client(), settings.indexPrefix(), Clock.systemUTC());
      if (aliases.current(IndexKind.PASSAGES).isEmpty()) {
        connection.close();
        return Optional.empty();
      }
      return Optional.of(new Opened(connection, new ClusterSearch(connection.client(), aliases)));
    } catch (IOException | RuntimeException e) {
      try {
        connection.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw new ClusterUnavailable(
          "cannot read the OpenSearch cluster at "
              + String.join(", ", settings.hosts())
              + " ("
              + ClusterUnavailable.reason(e)
              + ")");
    }
  }
}
