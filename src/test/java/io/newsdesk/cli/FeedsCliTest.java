package io.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.feeds.LocalWeb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("newsdesk index reads the feeds once; newsdesk feeds lists, adds and removes them")
final class FeedsCliTest {
  @TempDir Path dir;
  private LocalWeb web;
  private Path config;

  @BeforeEach
  void start() throws IOException {
    web = new LocalWeb();
    web.answer(
        "/rss",
        LocalWeb.Answer.ok(
            "application/rss+xml",
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Tribune</title>"
                + "<item><guid>keepers-1</guid><title>Keepers</title><description><![CDATA[<p>The"
                + " lighthouse keepers of Tessaly voted to keep the old lamp lit.</p>]]>"
                + "</description></item></channel></rss>"));
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(articles.resolve("a.md"), "---\ntitle: A\n---\nThe harbour opened.\n");
    config =
        Files.writeString(
            dir.resolve("newsdesk.yaml"),
            "articles:\n  paths: ["
                + articles
                + "]\nindex:\n  path: "
                + dir.resolve("index")
                + "\nfeeds:\n  - "
                + web.url("/rss")
                + "\nfetch:\n  host-interval: 0s\n");
  }

  @AfterEach
  void stop() {
    web.close();
  }

  private CliRun run(String... args) {
    return CliRun.withConfig(config, args);
  }

  @Test
  @DisplayName("index polls each feed once, and ask then quotes the feed's article")
  void indexReadsFeeds() {
    CliRun index = run("index");
    CliRun ask = run("ask", "What did the lighthouse keepers vote?");

    assertThat(index.exit()).isZero();
    assertThat(index.out().strip()).startsWith("indexed 2 ");
    assertThat(web.requestsFor("/rss")).hasSize(1);
    assertThat(ask.out().replace("**", "")).contains("lighthouse keepers of Tessaly voted");
  }

  @Test
  @DisplayName("feeds lists each feed with its last poll, status and articles")
  void feedsListsThem() {
    run("index");

    CliRun feeds = run("feeds");

    assertThat(feeds.exit()).isZero();
    assertThat(feeds.out())
        .contains("1 feed followed")
        .contains(web.url("/rss"))
        .contains("configured")
        .contains("1 article")
        .contains("last poll just now: ok");
  }

  @Test
  @DisplayName(
      "feeds add keeps a feed in the data folder, feeds remove takes it out; bad ones refused")
  void addAndRemove() {
    CliRun added = run("feeds", "add", web.url("/other"), "--name", "Gazette");
    CliRun twice = run("feeds", "add", web.url("/other"));
    CliRun bad = run("feeds", "add", "not a url");
    CliRun configured = run("feeds", "remove", web.url("/rss"));
    CliRun listed = run("feeds");
    CliRun removed = run("feeds", "remove", web.url("/other"));
    CliRun unknown = run("feeds", "remove", web.url("/other"));

    assertThat(added.exit()).isZero();
    assertThat(added.out()).startsWith("Added " + web.url("/other") + " (Gazette)");
    assertThat(dir.resolve("index").resolve("feeds.json")).exists();
    assertThat(twice.out()).startsWith("Updated ");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.out().strip().lines()).singleElement().asString().contains("not an http");
    assertThat(configured.exit()).isEqualTo(2);
    assertThat(configured.out()).contains("in the configuration");
    assertThat(listed.out()).as(listed.err()).contains("2 feeds followed").contains("added");
    assertThat(removed.exit()).isZero();
    assertThat(unknown.exit()).isEqualTo(2);
  }

  @Test
  @DisplayName("an added feed on a local address is not fetched; a configured one is")
  void addedLocalFeedIsNotFetched() {
    web.answer(
        "/other",
        LocalWeb.Answer.ok(
            "application/rss+xml",
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Other</title>"
                + "</channel></rss>"));
    run("feeds", "add", web.url("/other"));

    CliRun index = run("index");
    CliRun feeds = run("feeds");

    assertThat(web.requestsFor("/other")).isEmpty();
    assertThat(web.requestsFor("/rss")).hasSize(1);
    assertThat(index.err()).contains("private or local address");
    assertThat(feeds.out()).contains("failing (127.0.0.1 is a private or local address");
  }

  @Test
  @DisplayName("index --rebuild builds the index anew from files and feeds, keeping the feed list")
  void rebuild() {
    run("feeds", "add", web.url("/rss2"));
    run("index");

    CliRun rebuilt = run("index", "--rebuild");
    CliRun ask = run("ask", "What did the lighthouse keepers vote?");

    assertThat(rebuilt.exit()).as(rebuilt.err()).isEqualTo(1); // the added feed answers 404
    assertThat(rebuilt.out().strip()).startsWith("indexed 2 ");
    assertThat(dir.resolve("index").resolve("feeds.json")).exists();
    assertThat(web.requestsFor("/rss")).hasSize(2);
    assertThat(ask.out().replace("**", "")).contains("lighthouse keepers of Tessaly voted");
  }
}
