package io.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.index.IngestProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A running Newsdesk picks up article files added after it started")
final class IndexRefresherTest {
  @TempDir Path home;

  @Test
  @DisplayName("a file dropped into the article folder becomes searchable without a restart")
  void picksUpNewFiles() throws Exception {
    Path articles = Files.createDirectories(home.resolve("news"));
    Files.writeString(
        articles.resolve("first.md"), "---\ntitle: First\n---\nThe harbour opened.\n");
    Path config =
        Files.writeString(
            home.resolve("newsdesk.yaml"),
            """
            articles:
              paths: [news]
              refresh-minutes: 1
            index:
              path: index
            answer:
              excerpts: 3
              per-article: 1
              min-coverage: 0.3
            """);
    Map<String, String> env = Map.of("NEWSDESK_HOME", home.toString());
    try (Newsdesk newsdesk = Newsdesk.forWriting(Optional.of(config), env, true)) {
      newsdesk.updateFromConfig(new IngestProgress(), () -> false);
      assertThat(newsdesk.sources().newest(10).total()).isEqualTo(1);

      Files.writeString(
          articles.resolve("second.md"), "---\ntitle: Second\n---\nThe bridge closed.\n");
      try (IndexRefresher refresher = IndexRefresher.every(Duration.ofMillis(50), newsdesk)) {
        assertThat(waitForArticles(newsdesk, 2)).isEqualTo(2);
      }
    }
  }

  /** Polls until the index holds {@code expected} articles or ten seconds have passed. */
  private static long waitForArticles(Newsdesk newsdesk, long expected)
      throws InterruptedException, IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    long total = newsdesk.sources().newest(10).total();
    while (total < expected && System.nanoTime() < deadline) {
      Thread.sleep(20);
      total = newsdesk.sources().newest(10).total();
    }
    return total;
  }
}
