package io.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.answer.Answer;
import io.newsdesk.opensearch.ClusterConnection;
import io.newsdesk.opensearch.IngestLease;
import io.newsdesk.opensearch.TestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsdesk ingest} keeps a cluster in line with the article folder as files come and go, and
 * waits while another process holds the ingest lease.
 */
final class ClusterLiveIngestClusterTest {
  private static final Duration PATIENCE = Duration.ofSeconds(40);

  @TempDir Path dir;

  private static String md(String title, String text) {
    return "---\ntitle: " + title + "\ndate: 2025-03-01\n---\n" + text + "\n";
  }

  private static String ask(Newsdesk newsdesk, String question) {
    Answer answer = newsdesk.answers().ask(question, newsdesk.askOptions());
    return answer.excerpts().toString();
  }

  /** Asks until the reply satisfies {@code wanted}, for up to {@link #PATIENCE}; the last reply. */
  private static String askUntil(Newsdesk newsdesk, String question, Predicate<String> wanted)
      throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    String reply = ask(newsdesk, question);
    while (!wanted.test(reply) && System.nanoTime() < deadline) {
      Thread.sleep(250);
      reply = ask(newsdesk, question);
    }
    return reply;
  }

  @Test
  @DisplayName("files written and deleted reach the cluster in seconds; a held lease only delays")
  void followsTheFolder() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Path harbour =
        Files.writeString(
            articles.resolve("harbour.md"),
            md("Harbour", "The harbour of Tessaly opened to ferries from the islands."));
    try (TestCluster cluster = TestCluster.start(1, Map.of())) {
      Path config =
          Files.writeString(
              dir.resolve("newsdesk.yaml"),
              "articles:\n  paths: ["
                  + articles
                  + "]\nindex:\n  path: state\n  backend: opensearch\n  semantic: false\n"
                  + "opensearch:\n  index-prefix: live\n  hosts: ["
                  + String.join(", ", cluster.hosts())
                  + "]\n");
      Map<String, String> env = Map.of("NEWSDESK_HOME", dir.toString());
      Newsdesk.fillCluster(Optional.of(config), env, false);

      try (Newsdesk newsdesk = Newsdesk.forReading(Optional.of(config), env);
          ClusterLiveIngest live = ClusterLiveIngest.start(newsdesk, Duration.ZERO)) {
        Files.writeString(
            articles.resolve("school.md"),
            md("School", "The village school of Pell reopened with eleven pupils."));
        assertThat(askUntil(newsdesk, "Which school reopened?", r -> r.contains("eleven pupils")))
            .contains("eleven pupils");

        Files.delete(harbour);
        assertThat(
                askUntil(
                    newsdesk,
                    "Where did the harbour open to ferries?",
                    r -> !r.contains("opened to ferries")))
            .doesNotContain("opened to ferries");

        ClusterConnection other = cluster.connect("live");
        IngestLease theirs =
            new IngestLease(
                other.client(),
                "live",
                "other-host:4242",
                Duration.ofMinutes(5),
                Clock.systemUTC());
        // The ingest may still hold the lease for the update that removed the harbour: wait
        // until it has given it up, as another process would.
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        boolean taken = theirs.acquire();
        while (!taken && System.nanoTime() < deadline) {
          Thread.sleep(100);
          taken = theirs.acquire();
        }
        assertThat(taken).isTrue();
        Files.writeString(
            articles.resolve("mill.md"),
            md("Mill", "The old windmill of Orvel ground its first flour in years."));
        Thread.sleep(3000);
        assertThat(ask(newsdesk, "What did the windmill of Orvel grind?"))
            .as("not written while another process holds the lease")
            .doesNotContain("first flour");

        theirs.release();
        assertThat(
                askUntil(
                    newsdesk,
                    "What did the windmill of Orvel grind?",
                    r -> r.contains("first flour")))
            .contains("first flour");
      }
    }
  }
}
