package io.newsdesk.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;

/** Two nodes, one replica of every shard: a node that stops mid-ingest loses nothing. */
final class NodeLossClusterTest {
  private static TestCluster cluster;
  private static ClusterConnection connection;
  private static OpenSearchClient client;

  @BeforeAll
  static void start() throws IOException {
    cluster = TestCluster.start(2, Map.of());
    connection = cluster.connect("loss");
    client = connection.client();
  }

  @AfterAll
  static void stop() throws IOException {
    if (cluster != null) {
      cluster.close(); // and the connections it opened
    }
  }

  @Test
  @DisplayName(
      "a node stopped mid-ingest: the writer goes on with the other, and every document is there")
  void nodeStoppedMidIngest() throws Exception {
    Aliases aliases = new Aliases(client, "loss", Clock.systemUTC());
    for (IndexKind kind : IndexKind.values()) {
      aliases.switchTo(kind, aliases.create(kind, new IndexDefinition(2, 1)));
    }
    client
        .cluster()
        .health(h -> h.waitForStatus(org.opensearch.client.opensearch._types.HealthStatus.Green));
    List<ClusterDocument> docs = SeedDocuments.copies(60);
    BulkWriter.Options options =
        new BulkWriter.Options(20, 2, 40, Duration.ofMillis(50), Duration.ofSeconds(2));

    BulkReport report;
    try (BulkWriter writer = BulkWriter.toAliases(client, aliases, options)) {
      CompletableFuture<Void> ingest =
          CompletableFuture.runAsync(
              () -> {
                try {
                  writer.addAll(docs);
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              });
      while (writer.report().written() < docs.size() / 4) {
        Thread.sleep(20);
      }
      cluster.stopANodeButTheManager();
      ingest.get(3, TimeUnit.MINUTES);
      report = writer.flush();
    }

    assertThat(report.failed()).isZero();
    assertThat(report.written()).isEqualTo(docs.size());
    assertThat(ClusterCounts.of(client, aliases)).isEqualTo(SeedDocuments.counts(docs));
  }
}
