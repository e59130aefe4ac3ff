package io.newsdesk.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.config.Feed;
import io.newsdesk.config.Fetch;
import io.newsdesk.ingest.Article;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Feeds are polled politely over real HTTP, and their pages read as articles")
final class FeedPollerTest {
  private static final String RSS = "application/rss+xml; charset=utf-8";
  private static final String HTML = "text/html; charset=utf-8";
  private static final Instant NOW = Instant.parse("2025-03-04T12:00:00Z");

  private LocalWeb web;

  @BeforeEach
  void start() throws Exception {
    web = new LocalWeb();
  }

  @AfterEach
  void stop() {
    web.close();
  }

  private static Fetch settings(int maxItems, int maxFeedMb, Duration timeout) {
    return new Fetch(Fetch.USER_AGENT, timeout, maxFeedMb, 1, Duration.ZERO, maxItems, true, true);
  }

  private FeedPoller poller(Fetch settings) {
    return new FeedPoller(settings, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private FeedPoller poller() {
    return poller(settings(200, 10, Duration.ofSeconds(5)));
  }

  private Feed feed(String path) {
    return new Feed(web.url(path), Optional.of("Tessaly Tribune"), Duration.ofMinutes(15));
  }

  private static FeedFixtures.Item item(String id, String link, String title) {
    return new FeedFixtures.Item(
        id, link, title, "Tue, 04 Mar 2025 08:15:00 GMT", "<p>A teaser about " + title + ".</p>");
  }

  private void serveCluttered(String path) {
    web.answer(path, LocalWeb.Answer.ok(HTML, FeedFixtures.clutteredPage(web.url(path))));
  }

  @Test
  @DisplayName("an RSS 2.0 item becomes the page's article: its text only, metadata, clean link")
  void rssItemBecomesFullArticle() throws Exception {
    serveCluttered("/ferries");
    web.answer(
        "/rss",
        LocalWeb.Answer.ok(
            RSS,
            FeedFixtures.rss2(
                "Tribune", List.of(item("ferry-1", web.url("/ferries?utm_source=rss"), "")))));

    FeedPoll poll = poller().poll(feed("/rss"), FeedState.fresh(web.url("/rss")));

    assertThat(poll.failed()).isFalse();
    assertThat(poll.articles()).singleElement();
    FeedArticle item = poll.articles().get(0);
    Article article = item.article();
    assertThat(item.fullText()).isTrue();
    assertThat(item.guid()).isEqualTo("ferry-1");
    assertThat(article.title()).isEqualTo("Harbour council backs Sunday ferries");
    assertThat(article.url()).contains(web.url("/ferries"));
    assertThat(article.source()).contains("Tessaly Tribune");
    assertThat(article.published()).contains(LocalDate.of(2025, 3, 4));
    assertThat(article.authors()).containsExactly("Jane Doe", "Max Roe");
    assertThat(article.paragraphs())
        .hasSize(6)
        .first()
        .asString()
        .startsWith("The Tessaly harbour council voted on Monday");
    assertThat(article.text()).contains("“We will run the ferry on Sundays because");
    for (String marker : FeedFixtures.CLUTTER) {
      assertThat(article.text()).as("clutter %s", marker).doesNotContain(marker);
    }
    assertThat(poll.notes()).isEmpty();
  }

  @Test
  @DisplayName("Atom and RSS 1.0 feeds are read as well")
  void atomAndRss1() throws Exception {
    serveCluttered("/a");
    web.answer(
        "/atom",
        LocalWeb.Answer.ok(
            "application/atom+xml",
            FeedFixtures.atom(
                "Tribune",
                List.of(
                    new FeedFixtures.Item(
                        "urn:a", web.url("/a"), "A", "2025-03-04T08:15:00Z", "<p>Teaser</p>")))));
    web.answer(
        "/rdf",
        LocalWeb.Answer.ok(
            "application/rdf+xml",
            FeedFixtures.rss1(
                "Tribune",
                List.of(
                    new FeedFixtures.Item(
                        web.url("/a"),
                        web.url("/a"),
                        "A",
                        "2025-03-04T08:15:00Z",
                        "<p>Teaser</p>")))));

    FeedPoll atom = poller().poll(feed("/atom"), FeedState.fresh(web.url("/atom")));
    FeedPoll rdf = poller().poll(feed("/rdf"), FeedState.fresh(web.url("/rdf")));

    assertThat(atom.articles())
        .singleElement()
        .satisfies(a -> assertThat(a.guid()).isEqualTo("urn:a"));
    assertThat(rdf.articles()).singleElement().satisfies(a -> assertThat(a.fullText()).isTrue());
  }

  @Test
  @DisplayName(
      "the next poll is a conditional GET; 304 brings nothing, an unchanged item is skipped")
  void conditionalGetAndUnchangedItems() throws Exception {
    serveCluttered("/ferries");
    String rss =
        FeedFixtures.rss2("Tribune", List.of(item("ferry-1", web.url("/ferries"), "Ferries")));
    web.answer(
        "/rss",
        new LocalWeb.Answer(
            200,
            Map.of(
                "Content-Type",
                RSS,
                "ETag",
                "\"v1\"",
                "Last-Modified",
                "Tue, 04 Mar 2025 10:00:00 GMT"),
            rss.getBytes(StandardCharsets.UTF_8),
            0));
    FeedPoll first = poller().poll(feed("/rss"), FeedState.fresh(web.url("/rss")));

    web.answer("/rss", LocalWeb.Answer.status(304));
    FeedPoll second = poller().poll(feed("/rss"), first.state());
    web.answer("/rss", LocalWeb.Answer.ok(RSS, rss));
    FeedPoll third = poller().poll(feed("/rss"), second.state());

    assertThat(first.articles()).hasSize(1);
    assertThat(web.requestsFor("/rss").get(1).headers())
        .containsEntry("if-none-match", "\"v1\"")
        .containsEntry("if-modified-since", "Tue, 04 Mar 2025 10:00:00 GMT")
        .hasEntrySatisfying("user-agent", ua -> assertThat(ua).contains("Newsdesk"));
    assertThat(second.articles()).isEmpty();
    assertThat(second.state().status()).isEqualTo("not modified");
    assertThat(third.articles()).as("unchanged item").isEmpty();
    assertThat(web.requestsFor("/ferries")).as("its page fetched once").hasSize(1);
  }

  @Test
  @DisplayName("an item that changes is read again")
  void changedItemIsReadAgain() throws Exception {
    serveCluttered("/ferries");
    web.answer(
        "/rss",
        LocalWeb.Answer.ok(
            RSS, FeedFixtures.rss2("T", List.of(item("ferry-1", web.url("/ferries"), "Ferries")))));
    FeedPoll first = poller().poll(feed("/rss"), FeedState.fresh(web.url("/rss")));
    web.answer(
        "/rss",
        LocalWeb.Answer.ok(
            RSS,
            FeedFixtures.rss2(
                "T", List.of(item("ferry-1", web.url("/ferries"), "Ferries, updated")))));

    FeedPoll second = poller().poll(feed("/rss"), first.state());

    assertThat(second.articles())
        .singleElement()
        .satisfies(a -> assertThat(a.article().title()).isEqualTo("Ferries, updated"));
  }

  @Test
  @DisplayName("a page that is not an article, or not HTML, gives the feed's own text, saying so")
  void fallsBackToFeedText() throws Exception {
    web.answer(
        "/gallery", LocalWeb.Answer.ok(HTML, "<html><body><img src=x><p>Photos</p></body></html>"));
    web.answer(
        "/report.pdf",
        new LocalWeb.Answer(
            200, Map.of("Content-Type", "application/pdf"), new byte[] {37, 80, 68, 70}, 0));
    web.answer(
        "/rss",
        LocalWeb.Answer.ok(
            RSS,
            FeedFixtures.rss2(
                "T",
                List.of(
                    item("g", web.url("/gallery"), "Gallery"),
                    item("p", web.url("/report.pdf"), "Report"),
                    item("gone", web.url("/missing"), "Missing")))));

    FeedPoll poll = poller().poll(feed("/rss"), FeedState.fresh(web.url("/rss")));

    assertThat(poll.articles())
        .hasSize(3)
        .allSatisfy(
            a -> {
              assertThat(a.fullText()).isFalse();
              assertThat(a.article().text()).startsWith("A teaser about");
            });
    assertThat(poll.notes())
        .hasSize(3)
        .anySatisfy(n -> assertThat(n).contains("no article on the page"))
        .anySatisfy(n -> assertThat(n).contains("not an HTML page (application/pdf)"))
        .anySatisfy(n -> assertThat(n).contains("HTTP 404"));
  }

  @Test
  @DisplayName("pages with a wrong or a missing charset are read right")
  void wrongAndMissingCharset() throws Exception {
    String text =
        "Café owners in Tessaly say the ferry’s Sunday runs will bring more visitors to the harbour.";
    String page = FeedFixtures.simplePage("Cafés welcome the ferry", text);
    web.answer(
        "/wrong",
        new LocalWeb.Answer(
            200,
            Map.of("Content-Type", "text/html; charset=ISO-8859-1"),
            page.getBytes(StandardCharsets.UTF_8),
            0));
    String latin =
        page.replace("<head>", "<head><meta charset=\"windows-1252\">").replace("’", "'");
    web.answer(
        "/missing",
        new LocalWeb.Answer(
            200,
            Map.of("Content-Type", "text/html"),
            latin.getBytes(Charset.forName("windows-1252")),
            0));
    web.answer(
        "/rss",
        LocalWeb.Answer.ok(
            RSS,
            FeedFixtures.rss2(
                "T",
                List.of(item("w", web.url("/wrong"), "W"), item("m", web.url("/missing"), "M")))));

    FeedPoll poll = poller().poll(feed("/rss"), FeedState.fresh(web.url("/rss")));

    assertThat(poll.articles()).hasSize(2);
    assertThat(poll.articles().get(0).article().text()).contains("Café owners").contains("ferry’s");
    assertThat(poll.articles().get(1).article().text()).contains("Café owners").contains("ferry's");
  }

  @Test
  @DisplayName("a feed listing 10,000 items gives the newest few now and the rest at later polls")
  void hugeFeedIsTakenInParts() throws Exception {
    List<FeedFixtures.Item> items = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      items.add(
          new FeedFixtures.Item(
              "i" + i,
              "",
              "Item " + i,
              "Tue, 04 Mar 2025 08:15:00 GMT",
              "<p>Story " + i + " of the day.</p>"));
    }
    web.answer(
        "/rss",
        new LocalWeb.Answer(
            200,
            Map.of("Content-Type", RSS, "ETag", "\"big\""),
            FeedFixtures.rss2("T", items)
                .replace("<link></link>", "")
                .getBytes(StandardCharsets.UTF_8),
            0));
    FeedPoller poller = poller(settings(300, 10, Duration.ofSeconds(5)));

    FeedPoll first = poller.poll(feed("/rss"), FeedState.fresh(web.url("/rss")));
    FeedPoll second = poller.poll(feed("/rss"), first.state());

    assertThat(first.articles()).hasSize(300);
    assertThat(first.notes())
        .anySatisfy(
            n -> assertThat(n).contains("lists 10000 new or changed items; took the newest 300"));
    assertThat(first.state().etag()).as("no 304 before the rest is taken").isNull();
    assertThat(second.articles())
        .hasSize(300)
        .noneMatch(a -> first.articles().stream().anyMatch(f -> f.guid().equals(a.guid())));
  }

  @Test
  @DisplayName(
      "HTTP errors, timeouts, redirect loops, broken XML and oversized feeds: one line each, backoff")
  void badFeeds() throws Exception {
    web.answer("/500", new LocalWeb.Answer(503, Map.of("Retry-After", "7200"), new byte[0], 0));
    web.answer(
        "/slow",
        new LocalWeb.Answer(
            200, Map.of("Content-Type", RSS), "<rss/>".getBytes(StandardCharsets.UTF_8), 3000));
    web.answer(
        "/loop", new LocalWeb.Answer(302, Map.of("Location", web.url("/loop")), new byte[0], 0));
    web.answer(
        "/broken",
        LocalWeb.Answer.ok(
            RSS, "<rss version=\"2.0\"><channel><title>T</title><item><title>unclosed"));
    web.answer("/html", LocalWeb.Answer.ok(HTML, "<html><body>Not a feed</body></html>"));
    web.answer(
        "/big", LocalWeb.Answer.ok(RSS, FeedFixtures.rss2("T", List.of()) + " ".repeat(2_100_000)));
    FeedPoller poller = poller(settings(200, 2, Duration.ofSeconds(1)));

    Map<String, String> reasons = new java.util.LinkedHashMap<>();
    for (String path : List.of("/500", "/slow", "/loop", "/broken", "/html", "/big", "/nothing")) {
      FeedPoll poll = poller.poll(feed(path), FeedState.fresh(web.url(path)));
      assertThat(poll.failed()).as(path).isTrue();
      assertThat(poll.state().failures()).isEqualTo(1);
      assertThat(poll.state().nextPoll()).isAfterOrEqualTo(NOW.plus(Duration.ofMinutes(15)));
      reasons.put(path, poll.state().error().orElseThrow());
    }
    FeedPoll again =
        poller.poll(
            feed("/500"), poller.poll(feed("/500"), FeedState.fresh(web.url("/500"))).state());

    assertThat(reasons.get("/500")).isEqualTo("HTTP 503");
    assertThat(reasons.get("/slow")).contains("timed out");
    assertThat(reasons.get("/loop")).contains("redirect");
    assertThat(reasons.get("/broken")).startsWith("not a readable RSS or Atom feed");
    assertThat(reasons.get("/html")).startsWith("not a readable RSS or Atom feed");
    assertThat(reasons.get("/big")).contains("larger than the limit");
    assertThat(reasons.get("/nothing")).isEqualTo("HTTP 404");
    assertThat(reasons.values()).allSatisfy(r -> assertThat(r).doesNotContain("\n"));
    assertThat(poller.poll(feed("/500"), FeedState.fresh(web.url("/500"))).state().nextPoll())
        .as("Retry-After is honoured")
        .isEqualTo(NOW.plusSeconds(7200));
    assertThat(again.state().failures()).isEqualTo(2);
  }

  @Test
  @DisplayName("private and local addresses are refused unless allowed, redirects included")
  void privateAddressesAreRefused() throws Exception {
    serveCluttered("/ferries");
    web.answer(
        "/rss",
        LocalWeb.Answer.ok(
            RSS, FeedFixtures.rss2("T", List.of(item("f", web.url("/ferries"), "Ferries")))));
    FeedPoller strict =
        poller(
            new Fetch(
                Fetch.USER_AGENT, Duration.ofSeconds(5), 10, 1, Duration.ZERO, 200, true, false));

    FeedPoll refused = strict.poll(feed("/rss"), FeedState.fresh(web.url("/rss")));
    FeedPoll localFeed = strict.poll(feed("/rss"), FeedState.fresh(web.url("/rss")), true);

    assertThat(refused.failed()).isTrue();
    assertThat(refused.state().error())
        .get()
        .asString()
        .contains("127.0.0.1 is a private or local address")
        .contains("allow-private-addresses");
    assertThat(web.requestsFor("/rss")).as("never even asked").hasSize(1);
    assertThat(localFeed.articles())
        .singleElement()
        .satisfies(a -> assertThat(a.fullText()).isTrue());
    assertThat(Addresses.isPrivate(java.net.InetAddress.getByName("169.254.169.254"))).isTrue();
    assertThat(Addresses.isPrivate(java.net.InetAddress.getByName("10.1.2.3"))).isTrue();
    assertThat(Addresses.isPrivate(java.net.InetAddress.getByName("fd00::1"))).isTrue();
    assertThat(Addresses.isPrivate(java.net.InetAddress.getByName("93.184.216.34"))).isFalse();
  }

  @Test
  @DisplayName("an unreachable host is one line, and the feed is tried again later")
  void unreachableHost() throws Exception {
    Feed closed = new Feed("http://127.0.0.1:9/rss", Optional.empty(), Duration.ofMinutes(15));

    FeedPoll poll = poller().poll(closed, FeedState.fresh(closed.url()));

    assertThat(poll.failed()).isTrue();
    assertThat(poll.state().error()).get().asString().contains("refused");
  }

  @Test
  @DisplayName("pages of one host are fetched one at a time")
  void oneRequestAtATimePerHost() throws Exception {
    List<FeedFixtures.Item> items = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String path = "/p" + i;
      web.answer(
          path,
          new LocalWeb.Answer(
              200,
              Map.of("Content-Type", HTML),
              FeedFixtures.simplePage(
                      "Story " + i,
                      "The ferry ran late again on day "
                          + i
                          + " of the strike at Tessaly harbour, the council said.")
                  .getBytes(StandardCharsets.UTF_8),
              30));
      items.add(item("s" + i, web.url(path), "Story " + i));
    }
    web.answer("/rss", LocalWeb.Answer.ok(RSS, FeedFixtures.rss2("T", items)));

    FeedPoll poll = poller().poll(feed("/rss"), FeedState.fresh(web.url("/rss")));

    assertThat(poll.articles()).hasSize(12).allSatisfy(a -> assertThat(a.fullText()).isTrue());
    assertThat(web.mostAtOnce()).isEqualTo(1);
  }
}
