package io.newsdesk.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.SeedArticles;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.index.ArticleEmbedder;
import io.newsdesk.quotes.QuoteExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bots on one cluster, each with its own connection, keep answering while a third fills it
 * again with more articles: every question meanwhile is answered from the old indices, and once the
 * aliases switch both answer from the new ones.
 */
final class SharedClusterClusterTest {
  private static final AskOptions OPTIONS = new AskOptions(3, 1, Optional.empty(), 0.3);

  @TempDir static Path dir;
  private static TestCluster cluster;

  @BeforeAll
  static void start() throws IOException {
    cluster = TestCluster.start(2, Map.of());
  }

  @AfterAll
  static void stop() throws IOException {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static FilesReport fill(Path articles) throws Exception {
    ClusterConnection ingest = cluster.connect("shared");
    QuoteExtractor quotes = new QuoteExtractor();
    return new ClusterRebuild(
            ingest.client(),
            new Aliases(ingest.client(), "shared", Clock.systemUTC()),
            new IndexDefinition(2, 1),
            quotes::extract,
            ArticleEmbedder.NONE,
            BulkWriter.Options.defaults())
        .rebuild(List.of(articles));
  }

  private static AnswerService bot() {
    ClusterConnection own = cluster.connect("shared");
    return new AnswerService(
        new ClusterSearch(own.client(), new Aliases(own.client(), "shared", Clock.systemUTC())),
        Clock.systemUTC());
  }

  @Test
  @DisplayName("two bots answer throughout a rebuild by another process, then from the new indices")
  void answerWhileAnotherIngests() throws Exception {
    Path articles = SeedArticles.copyInto(dir.resolve("articles"));
    fill(articles);
    AnswerService first = bot();
    AnswerService second = bot();
    Files.copy(
        Path.of("src/test/resources/contract/articles.jsonl"), articles.resolve("more.jsonl"));

    CompletableFuture<FilesReport> rebuild =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return fill(articles);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    List<Answer.Status> meanwhile = new ArrayList<>();
    while (!rebuild.isDone()) {
      meanwhile.add(first.ask("Will Ukraine join NATO?", OPTIONS).status());
      meanwhile.add(second.ask("Will Ukraine join NATO?", OPTIONS).status());
    }

    assertThat(rebuild.get().articles()).isEqualTo(12);
    assertThat(meanwhile).isNotEmpty().containsOnly(Answer.Status.ANSWERED);
    for (AnswerService bot : List.of(first, second)) {
      Answer after = bot.ask("Who won the snap election in Norland?", OPTIONS);
      assertThat(after.status()).isEqualTo(Answer.Status.ANSWERED);
      assertThat(after.excerpts().get(0).text()).contains("Katrin Holm won");
    }
  }
}
