package io.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.SeedArticles;
import io.newsdesk.opensearch.ClusterConnection;
import io.newsdesk.opensearch.IngestLease;
import io.newsdesk.opensearch.TestCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line with {@code index.backend: opensearch}: {@code index} fills a real cluster from
 * the configured articles, the question commands answer from it, and a cluster that is empty or
 * being filled by another process is one line, not a stack trace (one that is down: {@code
 * NewsdeskCliTest}).
 */
final class ClusterCliClusterTest {
  private static final String US_POSITION =
      "The United States does not believe that NATO membership for Ukraine is a realistic outcome"
          + " of a negotiated settlement";

  @TempDir static Path dir;
  private static TestCluster cluster;
  private static Path articles;

  @BeforeAll
  static void start() throws IOException {
    articles = SeedArticles.copyInto(dir.resolve("articles"));
    cluster = TestCluster.start(1, Map.of());
  }

  @AfterAll
  static void stop() throws IOException {
    if (cluster != null) {
      cluster.close();
    }
  }

  /** A configuration for the cluster (or other hosts) under an index-name prefix. */
  private static Path config(String prefix, List<String> hosts) throws IOException {
    Path file = dir.resolve(prefix + ".yaml");
    StringBuilder yaml = new StringBuilder();
    yaml.append("articles:\n  paths:\n    - ").append(articles.toAbsolutePath()).append('\n');
    yaml.append("index:\n  path: ").append(dir.resolve(prefix + "-data")).append('\n');
    yaml.append("  backend: opensearch\n");
    yaml.append("opensearch:\n  index-prefix: ").append(prefix).append("\n  hosts:\n");
    hosts.forEach(h -> yaml.append("    - ").append(h).append('\n'));
    Files.writeString(file, yaml);
    return file;
  }

  private static CliRun run(Path config, String... args) {
    return CliRun.withConfig(config, args);
  }

  @Test
  @DisplayName("index fills the cluster; ask, who-said, quotes and sources answer from it")
  void fillThenAnswer() throws IOException {
    Path config = config("filled", cluster.hosts());

    CliRun indexed = run(config, "index");
    CliRun asked = run(config, "ask", "Will Ukraine join NATO?");
    CliRun whoSaid = run(config, "who-said", "We must equalize security assistance to Ukraine");
    CliRun quotes = run(config, "quotes", "Hegseth");
    CliRun sources = run(config, "sources");
    CliRun health = run(config, "health");

    assertThat(indexed.exit()).as(indexed.err()).isZero();
    assertThat(indexed.out()).contains("indexed 2 articles into the cluster (0 skipped)");
    assertThat(asked.exit()).as(asked.err()).isZero();
    assertThat(asked.plainOut())
        .contains(
            "Defense Secretary Pete Hegseth on Wednesday said he does not believe Ukraine joining"
                + " NATO is “realistic,”")
        .contains(
            "https://thehill.com/policy/defense/5140389-hegseth-nato-membership-ukraine-russia/");
    assertThat(whoSaid.out()).startsWith("Mark Rutte");
    assertThat(quotes.plainOut()).contains(US_POSITION);
    assertThat(sources.exit()).isZero();
    assertThat(sources.plainOut()).contains("2 articles");
    assertThat(health.exit()).as(health.err()).isZero();
    assertThat(health.out()).startsWith("newsdesk: healthy: the index answers (probe ");
    assertThat(Files.exists(dir.resolve("filled-data")))
        .as("nothing embedded is built beside the cluster")
        .isFalse();
  }

  @Test
  @DisplayName("a cluster never filled: the question says to run index, in one line")
  void notFilled() throws IOException {
    CliRun asked = run(config("empty", cluster.hosts()), "ask", "Will Ukraine join NATO?");

    assertThat(asked.exit()).isEqualTo(2);
    assertThat(asked.err().strip())
        .isEqualTo(
            "newsdesk: the cluster holds no articles of Newsdesk yet: run `newsdesk index` to"
                + " fill it");
    CliRun health = run(config("empty", cluster.hosts()), "health");
    assertThat(health.exit()).isEqualTo(1);
    assertThat(health.err().strip())
        .isEqualTo(
            "newsdesk: unhealthy: the cluster holds no articles of Newsdesk yet (run `newsdesk"
                + " index`)");
  }

  @Test
  @DisplayName("while another process holds the ingest lease, index writes nothing and says who")
  void leaseHeld() throws IOException {
    Path config = config("leased", cluster.hosts());
    ClusterConnection other = cluster.connect("leased");
    IngestLease theirs =
        new IngestLease(
            other.client(), "leased", "other-host:4242", Duration.ofMinutes(5), Clock.systemUTC());
    assertThat(theirs.acquire()).isTrue();

    CliRun indexed = run(config, "index");

    assertThat(indexed.exit()).isEqualTo(2);
    assertThat(indexed.err().strip())
        .startsWith("newsdesk: the cluster's articles are being indexed by other-host:4242 (until ")
        .endsWith("; nothing was written: try again when it is done");
    assertThat(run(config, "ask", "Will Ukraine join NATO?").err())
        .contains("holds no articles of Newsdesk yet");
  }
}
