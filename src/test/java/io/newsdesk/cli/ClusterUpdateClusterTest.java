package io.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.opensearch.TestCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsdesk index} on a cluster it filled before writes only what changed: a changed file's
 * new articles in, and what it no longer holds out; a new file in; a deleted file's articles out;
 * an untouched file (or one merely touched) left alone; a file with a broken line keeps the
 * articles it had. Questions read the indices in use throughout, so no rebuild is needed.
 */
final class ClusterUpdateClusterTest {
  @TempDir static Path dir;
  private static TestCluster cluster;

  @BeforeAll
  static void start() throws IOException {
    cluster = TestCluster.start(1, Map.of());
  }

  @AfterAll
  static void stop() throws IOException {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static String md(String title, String text) {
    return "---\ntitle: " + title + "\ndate: 2025-03-01\n---\n" + text + "\n";
  }

  private static String line(String id, String title, String text) {
    return "{\"id\": \""
        + id
        + "\", \"title\": \""
        + title
        + "\", \"published\": \"2025-03-01\", \"text\": \""
        + text
        + "\"}\n";
  }

  private static String ask(Path config, String question) {
    return CliRun.withConfig(config, "ask", question).plainOut();
  }

  @Test
  @DisplayName("a second index writes the changed files only, and their old articles leave")
  void writesWhatChanged() throws IOException {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        articles.resolve("harbour.md"),
        md("Harbour", "The harbour of Tessaly opened to ferries from the islands."));
    Files.writeString(
        articles.resolve("mill.md"),
        md("Mill", "The old windmill of Orvel ground its first flour in years."));
    Path still =
        Files.writeString(
            articles.resolve("bridge.md"),
            md("Bridge", "The stone bridge over the Varna river reopened after repairs."));
    Files.writeString(
        articles.resolve("wire.jsonl"),
        line("w1", "Lamp", "The lighthouse keepers voted to keep the old lamp lit.")
            + line("w2", "Choir", "The cathedral choir of Amsel sang for the last time."));
    Path config =
        Files.writeString(
            dir.resolve("update.yaml"),
            "articles:\n  paths: ["
                + articles
                + "]\nindex:\n  path: "
                + dir.resolve("update-data")
                + "\n  backend: opensearch\nopensearch:\n  index-prefix: update\n  hosts: ["
                + String.join(", ", cluster.hosts())
                + "]\n");

    CliRun first = CliRun.withConfig(config, "index");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("indexed 5 articles into the cluster (0 skipped) in ");
    assertThat(ask(config, "Which choir sang for the last time?")).contains("cathedral choir");

    // A new version of one file, one file deleted, one added, one line gone from the JSONL, one
    // file touched without a change.
    Files.writeString(
        articles.resolve("harbour.md"),
        md("Harbour", "The harbour of Tessaly closed for the winter storms."));
    Files.delete(articles.resolve("mill.md"));
    Files.writeString(
        articles.resolve("school.md"),
        md("School", "The village school of Pell reopened with eleven pupils."));
    Files.writeString(
        articles.resolve("wire.jsonl"),
        line("w1", "Lamp", "The lighthouse keepers voted to keep the old lamp lit.")
            + line("w4", "Ferry", "The night ferry to Kell now sails twice a week."));
    Files.setLastModifiedTime(still, FileTime.from(Instant.now().plusSeconds(60)));

    CliRun second = CliRun.withConfig(config, "index");

    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out())
        .contains("indexed 4 articles into the cluster (0 skipped; 1 files unchanged, 1 removed)");
    assertThat(ask(config, "What happened to the harbour of Tessaly?"))
        .contains("closed for the winter storms")
        .doesNotContain("opened to ferries");
    assertThat(ask(config, "What did the windmill of Orvel grind?")).doesNotContain("windmill");
    assertThat(ask(config, "Which school reopened?")).contains("eleven pupils");
    assertThat(ask(config, "Which choir sang for the last time?")).doesNotContain("choir");
    assertThat(ask(config, "Which bridge over the Varna river reopened?"))
        .contains("The stone bridge over the Varna river reopened after repairs.");
    assertThat(CliRun.withConfig(config, "sources").plainOut()).contains("5 articles");

    // A broken line: the file's other articles are written, and what it held stays.
    Files.writeString(
        articles.resolve("wire.jsonl"),
        line("w1", "Lamp", "The lighthouse keepers voted to switch the lamp to LED.")
            + "{\"id\": \"w4\", \"title\": broken\n");

    CliRun third = CliRun.withConfig(config, "index");

    assertThat(third.exit()).isEqualTo(1);
    assertThat(third.err()).contains("wire.jsonl");
    assertThat(third.out())
        .contains("indexed 1 articles into the cluster (1 skipped; 3 files unchanged, 0 removed)");
    assertThat(ask(config, "What did the lighthouse keepers vote?"))
        .contains("switch the lamp to LED");
    assertThat(ask(config, "How often does the night ferry to Kell sail?"))
        .as("the article of the broken line stays as it was")
        .contains("twice a week");
    assertThat(CliRun.withConfig(config, "sources").plainOut()).contains("5 articles");

    // The folder is not there (a disk not mounted, say): its files are not taken for deleted.
    Path away = Files.move(articles, dir.resolve("unmounted"));
    CliRun missing = CliRun.withConfig(config, "index");
    Files.move(away, articles);

    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.out()).contains("0 files unchanged, 0 removed");
    assertThat(CliRun.withConfig(config, "sources").plainOut()).contains("5 articles");
  }
}
