package io.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.feeds.LocalWeb;
import io.newsdesk.opensearch.TestCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds on a cluster, from the command line: {@code index} polls the configured feeds into the
 * cluster after filling it from the files; a later {@code index} replaces an item's older version
 * and keeps the items the feed no longer lists, and so does a rebuild (a feed lists only its latest
 * items); a feed taken out of the configuration takes its articles with it; the feed list is not
 * changed from one machine.
 */
final class FeedsOnClusterClusterTest {
  @TempDir static Path dir;
  private static TestCluster cluster;
  private static LocalWeb web;
  private static Path articles;

  @BeforeAll
  static void start() throws IOException {
    articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        articles.resolve("harbour.md"),
        "---\ntitle: Harbour\ndate: 2025-03-01\n---\nThe harbour of Tessaly opened to ferries.\n");
    cluster = TestCluster.start(1, Map.of());
    web = new LocalWeb();
  }

  @AfterAll
  static void stop() throws IOException {
    if (web != null) {
      web.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  private static String item(String guid, String title, String text) {
    return "<item><guid>"
        + guid
        + "</guid><title>"
        + title
        + "</title><pubDate>Sat, 01 Mar 2025 08:00:00 GMT</pubDate><description><![CDATA[<p>"
        + text
        + "</p>]]></description></item>";
  }

  private static void feed(String path, String... items) {
    web.answer(
        path,
        LocalWeb.Answer.ok(
            "application/rss+xml",
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Tribune</title>"
                + String.join("", items)
                + "</channel></rss>"));
  }

  private static Path config(String prefix, List<String> feeds) throws IOException {
    StringBuilder yaml = new StringBuilder();
    yaml.append("articles:\n  paths:\n    - ").append(articles.toAbsolutePath()).append('\n');
    yaml.append("index:\n  path: ").append(dir.resolve(prefix + "-data")).append('\n');
    yaml.append("  backend: opensearch\n");
    yaml.append("opensearch:\n  index-prefix: ").append(prefix).append("\n  hosts:\n");
    cluster.hosts().forEach(h -> yaml.append("    - ").append(h).append('\n'));
    yaml.append("fetch:\n  host-interval: 0s\n");
    yaml.append("feeds:").append(feeds.isEmpty() ? " []\n" : "\n");
    feeds.forEach(f -> yaml.append("  - ").append(f).append('\n'));
    return Files.writeString(dir.resolve(prefix + "-" + feeds.size() + ".yaml"), yaml);
  }

  private static String answer(Path config, String question) {
    return CliRun.withConfig(config, "ask", question).plainOut();
  }

  @Test
  @DisplayName("index polls the feeds into the cluster, keeps their older items, replaces versions")
  void feedsFollowTheNews() throws IOException {
    feed(
        "/tribune",
        item(
            "keepers",
            "Keepers",
            "The lighthouse keepers of Tessaly voted to keep the old lamp lit. “We keep the flame"
                + " as our grandparents did,” said Anna Brel, the head keeper."),
        item("bridge", "Bridge", "The stone bridge over the Varna river reopened after repairs."));
    Path config = config("tribune", List.of(web.url("/tribune")));

    CliRun first = CliRun.withConfig(config, "index");

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("indexed 1 articles into the cluster (0 skipped)")
        .contains("feeds: indexed 2 ");
    assertThat(answer(config, "What did the lighthouse keepers vote?"))
        .contains("lighthouse keepers of Tessaly voted to keep the old lamp lit");
    assertThat(CliRun.withConfig(config, "quotes", "Anna Brel").plainOut())
        .contains("We keep the flame as our grandparents did");
    assertThat(CliRun.withConfig(config, "feeds").out())
        .contains(web.url("/tribune"))
        .contains("2 articles")
        .contains("last poll just now: ok");

    // The feed now lists a new version of one item and no longer the other.
    feed(
        "/tribune",
        item(
            "keepers",
            "Keepers",
            "The lighthouse keepers of Tessaly voted to switch the lamp to LED."));
    CliRun second = CliRun.withConfig(config, "index");

    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out())
        .contains("indexed 0 articles into the cluster (0 skipped; 1 files unchanged, 0 removed)")
        .contains("feeds: indexed 1 ");
    assertThat(answer(config, "What did the lighthouse keepers vote?"))
        .contains("voted to switch the lamp to LED")
        .doesNotContain("keep the old lamp lit");
    assertThat(answer(config, "Which bridge over the Varna river reopened?"))
        .as("an item the feed no longer lists stays")
        .contains("The stone bridge over the Varna river reopened after repairs.");
    assertThat(CliRun.withConfig(config, "quotes", "Anna Brel").plainOut())
        .as("the quotation of the old version is gone with it")
        .doesNotContain("We keep the flame");
    assertThat(CliRun.withConfig(config, "feeds").out()).contains("2 articles");
    assertThat(CliRun.withConfig(config, "sources").plainOut()).contains("3 articles");

    // A rebuild fills new indices from the files: the feeds' articles are carried over.
    CliRun rebuilt = CliRun.withConfig(config, "index", "--rebuild");

    assertThat(rebuilt.exit()).as(rebuilt.err()).isZero();
    assertThat(rebuilt.out())
        .contains("indexed 1 articles into the cluster (0 skipped) in ")
        .contains("kept the 2 articles of feeds");
    assertThat(answer(config, "Which bridge over the Varna river reopened?"))
        .contains("The stone bridge over the Varna river reopened after repairs.");
    assertThat(CliRun.withConfig(config, "sources").plainOut()).contains("3 articles");
  }

  @Test
  @DisplayName(
      "a feed taken out of the configuration keeps its articles until feeds remove takes them out")
  void unconfiguredFeedLeaves() throws IOException {
    feed(
        "/gazette",
        item("mill", "Mill", "The old windmill of Orvel ground its first flour in years."));
    Path following = config("gazette", List.of(web.url("/gazette")));
    assertThat(CliRun.withConfig(following, "index").exit()).isZero();
    assertThat(answer(following, "What did the windmill of Orvel grind?"))
        .contains("ground its first flour");
    Path notFollowing = config("gazette", List.of());

    CliRun index = CliRun.withConfig(notFollowing, "index");
    CliRun stillConfigured = CliRun.withConfig(following, "feeds", "remove", web.url("/gazette"));

    assertThat(index.exit()).as(index.err()).isZero();
    assertThat(answer(notFollowing, "What did the windmill of Orvel grind?"))
        .as("one process's configuration is no proof that a feed was given up")
        .contains("ground its first flour");
    assertThat(stillConfigured.exit()).isEqualTo(2);
    assertThat(stillConfigured.out()).contains("is in the configuration");

    CliRun removed = CliRun.withConfig(notFollowing, "feeds", "remove", web.url("/gazette"));
    CliRun again = CliRun.withConfig(notFollowing, "feeds", "remove", web.url("/gazette"));

    assertThat(removed.exit()).as(removed.err()).isZero();
    assertThat(removed.out().strip())
        .isEqualTo("Removed " + web.url("/gazette") + ": its 1 articles left the cluster.");
    assertThat(answer(notFollowing, "What did the windmill of Orvel grind?"))
        .doesNotContain("ground its first flour");
    assertThat(CliRun.withConfig(notFollowing, "sources").plainOut()).contains("1 article");
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.out()).contains("Not removed: the cluster holds no feed");
  }

  @Test
  @DisplayName("feeds add says that on a cluster the feeds are those of the configuration")
  void feedListIsTheConfiguration() throws IOException {
    Path config = config("listing", List.of());
    assertThat(CliRun.withConfig(config, "index").exit()).isZero();

    CliRun add = CliRun.withConfig(config, "feeds", "add", web.url("/other"));

    assertThat(add.exit()).isEqualTo(2);
    assertThat(add.out())
        .startsWith("Not added: on an OpenSearch cluster the followed feeds are those of the");
    assertThat(Files.exists(dir.resolve("listing-data"))).isFalse();
  }
}
