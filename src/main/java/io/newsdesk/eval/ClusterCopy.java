package io.newsdesk.eval;

import io.newsdesk.config.Config;
import io.newsdesk.embed.Embedder;
import io.newsdesk.opensearch.Aliases;
import io.newsdesk.opensearch.BulkWriter;
import io.newsdesk.opensearch.ClusterConnection;
import io.newsdesk.opensearch.ClusterRebuild;
import io.newsdesk.opensearch.ClusterSearch;
import io.newsdesk.opensearch.FilesReport;
import io.newsdesk.opensearch.IndexDefinition;
import io.newsdesk.opensearch.OpenSearchLogin;
import io.newsdesk.quotes.QuoteExtractor;
import io.newsdesk.search.SearchBackend;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The evaluation's articles on an OpenSearch cluster as well ({@code --backend opensearch}): filled
 * the way {@code newsdesk index --rebuild} fills it, then questions are answered from there.
 */
final class ClusterCopy implements Closeable {
  /** The index-name prefix of evaluation runs, apart from a bot's indices on the same cluster. */
  static final String PREFIX = "newsdesk-eval";

  private final ClusterConnection connection;
  private final ClusterSearch search;

  private ClusterCopy(ClusterConnection connection, ClusterSearch search) {
    this.connection = connection;
    this.search = search;
  }

  /** Fills the cluster at {@code hosts} with the articles; prints the indexing rate. */
  static ClusterCopy fill(List<String> hosts, Path articles, boolean semantic, PrintStream log)
      throws IOException {
    Config.OpenSearch config = new Config.OpenSearch(hosts, PREFIX, true);
    ClusterConnection connection =
        ClusterConnection.open(config, OpenSearchLogin.fromEnvironment(System.getenv()));
    try {
      Aliases aliases = new Aliases(connection.client(), PREFIX, Clock.systemUTC());
      QuoteExtractor quotes = new QuoteExtractor();
      ClusterRebuild rebuild =
          new ClusterRebuild(
              connection.client(),
              aliases,
              new IndexDefinition(1, 0),
              quotes::extract,
              semantic ? Embedder.articles() : io.newsdesk.index.ArticleEmbedder.NONE,
              BulkWriter.Options.defaults());
      FilesReport report = rebuild.rebuild(List.of(articles));
      log.printf(
          Locale.ROOT,
          "cluster indexed: %d articles, %d skipped, %d documents in %.1f s (%.0f articles/s)%n",
          report.articles(),
          report.problems(),
          report.bulk().written(),
          report.seconds(),
          report.articlesPerSecond());
      return new ClusterCopy(connection, new ClusterSearch(connection.client(), aliases));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      connection.close();
      throw new IOException("interrupted while filling the cluster", e);
    } catch (IOException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  SearchBackend search() {
    return search;
  }

  @Override
  public void close() throws IOException {
    connection.close();
  }
}
