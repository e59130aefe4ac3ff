package io.newsdesk.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * Bulk writing against a node whose write queue holds one request, so that a few requests at once
 * are rejected (429) and must be sent again.
 */
final class BulkWriterClusterTest {
  private static TestCluster cluster;
  private static ClusterConnection connection;
  private static OpenSearchClient client;

  @BeforeAll
  static void start() throws IOException {
    cluster =
        TestCluster.start(
            1, Map.of("thread_pool.write.size", "1", "thread_pool.write.queue_size", "1"));
    connection = cluster.connect("bulk");
    client = connection.client();
  }

  @AfterAll
  static void stop() throws IOException {
    if (cluster != null) {
      cluster.close(); // and the connections it opened
    }
  }

  private static Aliases newIndices(String prefix) throws IOException {
    Aliases aliases = new Aliases(client, prefix, Clock.systemUTC());
    for (IndexKind kind : IndexKind.values()) {
      aliases.switchTo(kind, aliases.create(kind, new IndexDefinition(1, 0)));
    }
    return aliases;
  }

  private static BulkWriter.Options hammering() {
    return new BulkWriter.Options(10, 6, 30, Duration.ofMillis(20), Duration.ofMillis(500));
  }

  @Test
  @DisplayName("a busy node rejects requests (429); every document is written in the end")
  void rejectedThenWritten() throws Exception {
    Aliases aliases = newIndices("busy");
    List<ClusterDocument> docs = SeedDocuments.copies(40);

    BulkReport report;
    try (BulkWriter writer = BulkWriter.toAliases(client, aliases, hammering())) {
      writer.addAll(docs);
      report = writer.flush();
    }

    assertThat(report.retried()).as("rejections sent again").isPositive();
    assertThat(report.failed()).isZero();
    assertThat(report.written()).isEqualTo(docs.size());
    assertThat(ClusterCounts.of(client, aliases)).isEqualTo(SeedDocuments.counts(docs));
  }

  @Test
  @DisplayName("an ingest run twice (as after a crash) leaves the same documents, none doubled")
  void ingestTwiceSameCounts() throws Exception {
    Aliases aliases = newIndices("twice");
    List<ClusterDocument> docs = SeedDocuments.copies(5);

    try (BulkWriter writer = BulkWriter.toAliases(client, aliases, hammering())) {
      writer.addAll(docs);
      writer.flush();
    }
    Map<IndexKind, Long> once = ClusterCounts.of(client, aliases);
    try (BulkWriter writer = BulkWriter.toAliases(client, aliases, hammering())) {
      writer.addAll(docs);
      assertThat(writer.flush().failed()).isZero();
    }

    assertThat(ClusterCounts.of(client, aliases))
        .isEqualTo(once)
        .isEqualTo(SeedDocuments.counts(docs));
  }

  @Test
  @DisplayName("a document the mapping refuses is counted as failed, not retried for ever")
  void refusedDocumentFails() throws Exception {
    Aliases aliases = newIndices("refused");
    ClusterDocument wrong =
        new ClusterDocument(IndexKind.PASSAGES, "wrong", Map.of("not_a_field", "x"));

    BulkReport report;
    try (BulkWriter writer = BulkWriter.toAliases(client, aliases, hammering())) {
      writer.add(wrong);
      report = writer.flush();
    }

    assertThat(report).isEqualTo(new BulkReport(0, 1, 0));
  }
}
