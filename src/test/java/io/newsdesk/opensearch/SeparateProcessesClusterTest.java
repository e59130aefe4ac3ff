package io.newsdesk.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.SeedArticles;
import io.newsdesk.index.ArticleEmbedder;
import io.newsdesk.quotes.QuoteExtractor;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processes, not threads: a bot's answering side in a JVM of its own keeps answering from the
 * cluster while this JVM fills it again with more articles, and answers from the new articles once
 * the aliases switch. Nothing but the cluster is shared between the two.
 */
final class SeparateProcessesClusterTest {
  private static final String PREFIX = "procs";
  private static final String SEED_QUESTION = "Will Ukraine join NATO?";
  private static final String NEW_QUESTION = "Who won the snap election in Norland?";

  @TempDir Path dir;

  private static FilesReport fill(TestCluster cluster, Path articles) throws Exception {
    ClusterConnection ingest = cluster.connect(PREFIX);
    QuoteExtractor quotes = new QuoteExtractor();
    return new ClusterRebuild(
            ingest.client(),
            new Aliases(ingest.client(), PREFIX, Clock.systemUTC()),
            new IndexDefinition(1, 0),
            quotes::extract,
            ArticleEmbedder.NONE,
            BulkWriter.Options.defaults())
        .rebuild(List.of(articles));
  }

  @Test
  @DisplayName("another process answers throughout a rebuild, then from the new articles")
  void anotherProcessAnswers() throws Exception {
    try (TestCluster cluster = TestCluster.start(1, Map.of())) {
      Path articles = SeedArticles.copyInto(dir.resolve("articles"));
      fill(cluster, articles);
      Path stop = dir.resolve("stop");
      String java = ProcessHandle.current().info().command().orElse("java");
      Process bot =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  AskingProcess.class.getName(),
                  cluster.hosts().get(0),
                  PREFIX,
                  stop.toString(),
                  SEED_QUESTION,
                  NEW_QUESTION)
              .redirectErrorStream(true)
              .start();
      List<String> asked = new CopyOnWriteArrayList<>();
      Thread reader =
          Thread.ofPlatform()
              .start(
                  () -> {
                    try (BufferedReader lines =
                        new BufferedReader(
                            new InputStreamReader(bot.getInputStream(), StandardCharsets.UTF_8))) {
                      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.startsWith("ASKED ")) {
                          asked.add(line.substring("ASKED ".length()));
                        }
                      }
                    } catch (java.io.IOException e) {
                      asked.add("read failed: " + e);
                    }
                  });
      try {
        awaitLines(asked, l -> true, 1);
        int before = asked.size();
        Files.copy(
            Path.of("src/test/resources/contract/articles.jsonl"), articles.resolve("more.jsonl"));

        FilesReport refilled = fill(cluster, articles);
        int during = asked.size() - before;
        awaitLines(asked, l -> l.contains("second=ANSWERED"), 1);
        Files.writeString(stop, "");
        assertThat(bot.waitFor(60, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);

        assertThat(refilled.articles()).isEqualTo(12);
        assertThat(asked.get(0)).isEqualTo("first=ANSWERED second=NO_MATCH");
        assertThat(during).as("rounds asked while this process filled the cluster").isPositive();
        assertThat(asked.subList(0, asked.size() - 1))
            .allMatch(l -> l.startsWith("first=ANSWERED"));
        assertThat(asked).contains("first=ANSWERED second=ANSWERED").endsWith("done");
      } finally {
        bot.destroyForcibly();
      }
    }
  }

  /** Waits up to a minute until {@code count} lines satisfy {@code wanted}. */
  private static void awaitLines(
      List<String> lines, java.util.function.Predicate<String> wanted, int count)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (lines.stream().filter(wanted).count() < count && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
  }
}
