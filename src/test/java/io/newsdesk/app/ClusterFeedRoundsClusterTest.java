package io.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.config.Config;
import io.newsdesk.feeds.LocalWeb;
import io.newsdesk.index.ArticleEmbedder;
import io.newsdesk.index.IndexReport;
import io.newsdesk.opensearch.Aliases;
import io.newsdesk.opensearch.ClusterConnection;
import io.newsdesk.opensearch.ClusterFeeds;
import io.newsdesk.opensearch.IngestLease;
import io.newsdesk.opensearch.TestCluster;
import io.newsdesk.quotes.QuoteExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bots on one cluster poll its feeds in rounds under the ingest lease: two bots starting a round at
 * the same moment poll a feed once between them, and a bot that finds the lease held by another
 * process (`newsdesk index`, say) skips its round and polls once the lease is free.
 */
final class ClusterFeedRoundsClusterTest {
  private static final String PREFIX = "rounds";

  @TempDir Path dir;

  @Test
  @DisplayName("two bots' rounds poll a due feed once; a round waits while the lease is held")
  void oneBotPollsAtATime() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        articles.resolve("harbour.md"),
        "---\ntitle: Harbour\ndate: 2025-03-01\n---\nThe harbour of Tessaly opened to ferries.\n");
    try (TestCluster cluster = TestCluster.start(1, Map.of());
        LocalWeb web = new LocalWeb()) {
      web.answer(
          "/feed",
          LocalWeb.Answer.ok(
              "application/rss+xml",
              "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Tribune</title>"
                  + "<item><guid>keepers</guid><title>Keepers</title><description><![CDATA[<p>The"
                  + " lighthouse keepers of Tessaly voted to keep the old lamp lit.</p>]]>"
                  + "</description></item></channel></rss>"));
      String yaml =
          "articles:\n  paths: ["
              + articles
              + "]\nindex:\n  path: "
              + dir.resolve("state")
              + "\n  backend: opensearch\n  semantic: false\nopensearch:\n  index-prefix: "
              + PREFIX
              + "\n  hosts: ["
              + String.join(", ", cluster.hosts())
              + "]\nfetch:\n  host-interval: 0s\n";
      Path filled = Files.writeString(dir.resolve("filled.yaml"), yaml);
      Path following =
          Files.writeString(
              dir.resolve("following.yaml"), yaml + "feeds:\n  - " + web.url("/feed") + "\n");
      Newsdesk.fillCluster(Optional.of(filled), Map.of(), false);
      Config config = Newsdesk.loadConfig(Optional.of(following), Map.of(), dir);

      Bot first = new Bot(config, cluster.connect(PREFIX), Clock.systemUTC());
      Bot second = new Bot(config, cluster.connect(PREFIX), Clock.systemUTC());
      CountDownLatch start = new CountDownLatch(1);
      CompletableFuture<IndexReport> a = CompletableFuture.supplyAsync(() -> first.round(start));
      CompletableFuture<IndexReport> b = CompletableFuture.supplyAsync(() -> second.round(start));
      start.countDown();
      int indexed = a.get().indexed() + b.get().indexed();

      assertThat(indexed).isEqualTo(1);
      assertThat(web.requestsFor("/feed")).hasSize(1);
      assertThat(first.updates.articleCount(web.url("/feed"))).isEqualTo(1);

      // An hour on, the feed is due; while another process holds the lease, no round polls it.
      Bot later =
          new Bot(
              config,
              cluster.connect(PREFIX),
              Clock.offset(Clock.systemUTC(), Duration.ofHours(1)));
      ClusterConnection other = cluster.connect(PREFIX);
      IngestLease theirs =
          new IngestLease(
              other.client(), PREFIX, "other-host:4242", Duration.ofMinutes(5), Clock.systemUTC());
      assertThat(theirs.acquire()).isTrue();
      later.rounds.round();
      assertThat(web.requestsFor("/feed")).hasSize(1);

      theirs.release();
      later.rounds.round();
      assertThat(web.requestsFor("/feed")).hasSize(2);
      assertThat(theirs.current()).as("the round gave the lease up").isEmpty();
    }
  }

  /** What one bot runs: its own connection, feed updates and rounds. */
  private static final class Bot {
    final ClusterFeedUpdates updates;
    final ClusterFeedRounds rounds;

    Bot(Config config, ClusterConnection connection, Clock clock) {
      QuoteExtractor quotes = new QuoteExtractor();
      this.updates =
          new ClusterFeedUpdates(
              config,
              connection,
              new ClusterFeeds(
                  connection.client(),
                  new Aliases(connection.client(), PREFIX, Clock.systemUTC()),
                  PREFIX,
                  quotes::extract,
                  ArticleEmbedder.NONE),
              Clock.systemUTC());
      this.rounds = new ClusterFeedRounds(connection, PREFIX, updates, clock);
    }

    IndexReport round(CountDownLatch start) {
      try {
        start.await();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return rounds.round();
    }
  }
}
