package io.newsdesk.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;

/** A rebuild fills new indices while the old ones answer, then the aliases move at once. */
final class AliasesClusterTest {
  private static TestCluster cluster;
  private static ClusterConnection connection;
  private static OpenSearchClient client;

  @BeforeAll
  static void start() throws IOException {
    cluster = TestCluster.start(1, Map.of());
    connection = cluster.connect("aliases");
    client = connection.client();
  }

  @AfterAll
  static void stop() throws IOException {
    if (cluster != null) {
      cluster.close(); // and the connections it opened
    }
  }

  @Test
  @DisplayName("indices are named prefix, kind, format and time; the alias names the kind")
  void names() throws IOException {
    Aliases aliases =
        new Aliases(
            client,
            "named",
            Clock.fixed(Instant.parse("2025-02-14T10:15:00.123Z"), ZoneOffset.UTC));

    String index = aliases.create(IndexKind.PASSAGES, new IndexDefinition(1, 0));

    assertThat(aliases.alias(IndexKind.PASSAGES)).isEqualTo("named-passages");
    assertThat(index)
        .isEqualTo("named-passages-v" + IndexDefinition.FORMAT + "-20250214t101500123");
    assertThat(aliases.current(IndexKind.PASSAGES)).isEmpty();
  }

  @Test
  @DisplayName("the format of the index in use is read from its name: an older one is rebuilt")
  void formatInUse() throws IOException {
    Aliases aliases = new Aliases(client, "format", Clock.systemUTC());
    assertThat(aliases.currentFormat(IndexKind.QUOTATIONS)).as("no index yet").isZero();
    String older = "format-quotations-v2-20250101t000000000";
    client.indices().create(c -> c.index(older));
    aliases.switchTo(IndexKind.QUOTATIONS, older);
    assertThat(aliases.currentFormat(IndexKind.QUOTATIONS)).isEqualTo(2);

    String now = aliases.create(IndexKind.QUOTATIONS, new IndexDefinition(1, 0));
    aliases.switchTo(IndexKind.QUOTATIONS, now);

    assertThat(aliases.currentFormat(IndexKind.QUOTATIONS)).isEqualTo(IndexDefinition.FORMAT);
  }

  @Test
  @DisplayName(
      "a rebuild switches the alias in one step: searches see the old or the new, never none")
  void rebuildSwitchesAtomically() throws Exception {
    Aliases aliases = new Aliases(client, "rebuild", Clock.systemUTC());
    IndexDefinition definition = new IndexDefinition(1, 0);
    String first = aliases.create(IndexKind.PASSAGES, definition);
    aliases.switchTo(IndexKind.PASSAGES, first);
    List<ClusterDocument> passages =
        SeedDocuments.copies(1).stream().filter(d -> d.kind() == IndexKind.PASSAGES).toList();
    write(Map.of(IndexKind.PASSAGES, first), passages.subList(0, 3));
    Thread.sleep(2); // a later name
    String second = aliases.create(IndexKind.PASSAGES, definition);
    write(Map.of(IndexKind.PASSAGES, second), passages);

    Set<Long> seen = ConcurrentHashMap.newKeySet();
    AtomicBoolean switched = new AtomicBoolean();
    Thread searcher =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    while (!switched.get()) {
                      seen.add(count(aliases));
                    }
                    seen.add(count(aliases));
                  } catch (IOException e) {
                    seen.add(-1L);
                  }
                });
    Thread.sleep(200);
    aliases.switchTo(IndexKind.PASSAGES, second);
    switched.set(true);
    searcher.join();

    assertThat(seen).contains((long) passages.size()).isSubsetOf(3L, (long) passages.size());
    assertThat(aliases.current(IndexKind.PASSAGES)).containsExactly(second);
    assertThat(aliases.deleteUnused(IndexKind.PASSAGES)).containsExactly(first);
    assertThat(aliases.indices(IndexKind.PASSAGES)).containsExactly(second);
  }

  private static long count(Aliases aliases) throws IOException {
    return client.count(c -> c.index(aliases.alias(IndexKind.PASSAGES))).count();
  }

  private static void write(Map<IndexKind, String> indices, List<ClusterDocument> docs)
      throws Exception {
    try (BulkWriter writer = BulkWriter.toIndices(client, indices, BulkWriter.Options.defaults())) {
      writer.addAll(docs);
      assertThat(writer.flush().failed()).isZero();
    }
    for (String index : indices.values()) {
      client.indices().refresh(r -> r.index(index));
    }
  }
}
