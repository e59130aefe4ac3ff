package io.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.config.Feed;
import io.newsdesk.feeds.LocalWeb;
import io.newsdesk.index.IngestProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A running Newsdesk follows the news: files as they are written, feeds as they change")
final class LiveIngestTest {
  private static final Duration PATIENCE = Duration.ofSeconds(15);

  @TempDir Path home;
  private LocalWeb web;
  private Path news;
  private Newsdesk newsdesk;
  private LiveIngest live;

  @BeforeEach
  void start() throws IOException {
    web = new LocalWeb();
    news = Files.createDirectories(home.resolve("news"));
    Files.writeString(news.resolve("first.md"), "---\ntitle: First\n---\nThe harbour opened.\n");
    web.answer("/rss", LocalWeb.Answer.ok("application/rss+xml", rss("lighthouse keepers")));
    Path config =
        Files.writeString(
            home.resolve("newsdesk.yaml"),
            """
            articles:
              paths: [news]
              refresh-minutes: 0
            index:
              path: index
            feeds:
              - url: %s
                name: Tessaly Tribune
            fetch:
              host-interval: 0s
              allow-private-addresses: true
            """
                .formatted(web.url("/rss")));
    newsdesk =
        Newsdesk.forWriting(Optional.of(config), Map.of("NEWSDESK_HOME", home.toString()), true);
    newsdesk.updateFromConfig(new IngestProgress(), () -> false);
    live = LiveIngest.start(newsdesk, Duration.ZERO);
  }

  @AfterEach
  void stop() throws IOException {
    live.close();
    newsdesk.close();
    web.close();
  }

  private static String rss(String topic) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Tribune</title>"
        + "<item><guid>keepers-1</guid><title>Keepers</title>"
        + "<pubDate>Tue, 04 Mar 2025 08:15:00 GMT</pubDate><description><![CDATA[<p>The "
        + topic
        + " of Tessaly voted to keep the old lamp lit through the winter storms.</p>]]>"
        + "</description></item></channel></rss>";
  }

  private Answer ask(String question) {
    return newsdesk.answers().ask(question, new AskOptions(3, 1, Optional.empty(), 0.3));
  }

  /** Asks until the answer satisfies {@code test}, or the patience runs out; the last answer. */
  private Answer askUntil(String question, Predicate<Answer> test) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    Answer answer = ask(question);
    while (!test.test(answer) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      answer = ask(question);
    }
    return answer;
  }

  private static boolean quotes(Answer answer, String words) {
    return answer.excerpts().stream().anyMatch(e -> e.text().contains(words));
  }

  @Test
  @DisplayName("a file written into the folder is answered from without a restart or a re-scan")
  void writtenFileIsAnswerable() throws Exception {
    Files.writeString(
        news.resolve("bridge.md"),
        "---\ntitle: Bridge\n---\nThe Calloway bridge closed for repairs on Monday.\n");

    Answer answer = askUntil("Why did the Calloway bridge close?", a -> quotes(a, "bridge closed"));

    assertThat(quotes(answer, "The Calloway bridge closed for repairs")).isTrue();
  }

  @Test
  @DisplayName("a file deleted from the folder leaves the answers")
  void deletedFileLeaves() throws Exception {
    Files.delete(news.resolve("first.md"));

    Answer answer = askUntil("When did the harbour open?", a -> a.excerpts().isEmpty());

    assertThat(answer.excerpts()).isEmpty();
  }

  @Test
  @DisplayName("a feed is polled at start; a changed item replaces its old version")
  void feedIsFollowed() throws Exception {
    Answer first =
        askUntil("What did the lighthouse keepers vote?", a -> quotes(a, "lighthouse keepers"));
    web.answer("/rss", LocalWeb.Answer.ok("application/rss+xml", rss("harbour pilots")));
    live.pollSoon(web.url("/rss"));
    Answer changed =
        askUntil("What did the harbour pilots vote?", a -> quotes(a, "harbour pilots"));

    assertThat(quotes(first, "The lighthouse keepers of Tessaly voted")).isTrue();
    assertThat(quotes(changed, "The harbour pilots of Tessaly voted")).isTrue();
    assertThat(quotes(ask("What did the lighthouse keepers vote?"), "lighthouse keepers"))
        .isFalse();
    assertThat(changed.excerpts().get(0).citation().source()).contains("Tessaly Tribune");
  }

  @Test
  @DisplayName("a feed added to the list is polled at once; removed, its articles leave")
  void addedFeedIsFollowedAndRemoved() throws Exception {
    web.answer(
        "/other",
        LocalWeb.Answer.ok(
            "application/rss+xml",
            rss("ferry captains")
                .replace("keepers-1", "captains-1")
                .replace("Tribune", "Gazette")));
    FeedControl control = new FeedControl(newsdesk, Optional.of(live));

    FeedControl.Outcome added = control.add(web.url("/other"), Optional.of("Calloway Gazette"));
    Answer found = askUntil("What did the ferry captains vote?", a -> quotes(a, "ferry captains"));
    FeedControl.Outcome removed = control.remove(web.url("/other"));
    Answer gone = askUntil("What did the ferry captains vote?", a -> !quotes(a, "ferry captains"));

    assertThat(added.done()).isTrue();
    assertThat(quotes(found, "The ferry captains of Tessaly voted")).isTrue();
    assertThat(removed.done()).isTrue();
    assertThat(quotes(gone, "ferry captains")).isFalse();
    assertThat(control.remove(web.url("/rss")).message()).contains("in the configuration");
    assertThat(control.list()).extracting(s -> s.feed().url()).containsExactly(web.url("/rss"));
    assertThat(control.list().get(0).articles()).isEqualTo(1);
  }

  @Test
  @DisplayName("an added feed that is not an http address is refused in one line")
  void badFeedAddress() {
    FeedControl.Outcome outcome =
        new FeedControl(newsdesk, Optional.of(live)).add("ftp://example.com/rss", Optional.empty());

    assertThat(outcome.done()).isFalse();
    assertThat(outcome.message()).contains("not an http or https address").doesNotContain("\n");
    assertThat(Feed.MIN_EVERY).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  @DisplayName("a typo in the list of added feeds takes no feed's articles out of the index")
  void unreadableFeedListRemovesNothing() throws Exception {
    web.answer(
        "/other",
        LocalWeb.Answer.ok(
            "application/rss+xml",
            rss("ferry captains")
                .replace("keepers-1", "captains-1")
                .replace("Tribune", "Gazette")));
    new FeedControl(newsdesk, Optional.of(live)).add(web.url("/other"), Optional.empty());
    askUntil("What did the ferry captains vote?", a -> quotes(a, "ferry captains"));

    Path list = newsdesk.feeds().added().file();
    Files.writeString(list, Files.readString(list).replace("}", "},"));
    newsdesk.updateFromConfig(new IngestProgress(), () -> false);
    Thread.sleep(2 * LiveIngest.TICK.toMillis());

    assertThat(newsdesk.feeds().complete()).isFalse();
    assertThat(quotes(ask("What did the ferry captains vote?"), "ferry captains")).isTrue();
  }

  @Test
  @DisplayName("a file that never stops changing holds up no other file")
  void busyFileHoldsUpNothing() throws Exception {
    Path busy = news.resolve("busy.md");
    java.util.concurrent.atomic.AtomicBoolean churning =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    Thread churn =
        Thread.ofPlatform()
            .start(
                () -> {
                  for (int i = 0; churning.get() && i < 300; i++) {
                    try {
                      Files.writeString(busy, "---\ntitle: Busy\n---\nTick " + i + ".\n");
                      Thread.sleep(100);
                    } catch (IOException | InterruptedException e) {
                      return;
                    }
                  }
                });
    try {
      Thread.sleep(300);
      Files.writeString(
          news.resolve("bridge.md"),
          "---\ntitle: Bridge\n---\nThe Calloway bridge closed for repairs on Monday.\n");

      Answer answer =
          askUntil("Why did the Calloway bridge close?", a -> quotes(a, "bridge closed"));

      assertThat(quotes(answer, "bridge closed")).isTrue();
      assertThat(churn.isAlive()).as("answered while the other file still changes").isTrue();
    } finally {
      churning.set(false);
      churn.join();
    }
  }
}
