package io.newsdesk.bench;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.app.LiveIngest;
import io.newsdesk.app.Newsdesk;
import io.newsdesk.eval.Latencies;
import io.newsdesk.index.IngestProgress;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How soon the running bot answers from what just arrived: a file written into a watched folder,
 * and an item that appears in a feed (from the moment the feed is polled: the poll interval itself
 * is the operator's choice, at least a minute). Each is timed from the write, or the poll, to the
 * first question answered from it.
 */
public final class LiveBench {
  private LiveBench() {}

  public static String run(int rounds, PrintStream log) throws Exception {
    try (LocalSite site = new LocalSite();
        BenchFolder folder = BenchFolder.create("live")) {
      Path news = Files.createDirectories(folder.resolve("news"));
      Files.writeString(news.resolve("seed.md"), "---\ntitle: Seed\n---\nThe harbour opened.\n");
      site.put("/rss", "application/rss+xml", feed(0));
      Path config =
          Files.writeString(
              folder.resolve("newsdesk.yaml"),
              "articles:\n  paths: ["
                  + news
                  + "]\n  refresh-minutes: 0\nindex:\n  path: "
                  + folder.resolve("index")
                  + "\nfeeds:\n  - "
                  + site.url("/rss")
                  + "\nfetch:\n  host-interval: 0s\n");
      Latencies files = new Latencies();
      Latencies items = new Latencies();
      try (Newsdesk newsdesk =
              Newsdesk.forWriting(
                  Optional.of(config), Map.of("NEWSDESK_HOME", folder.path().toString()), true);
          LiveIngest live = start(newsdesk)) {
        for (int i = 1; i <= rounds; i++) {
          String word = "zanzib" + letters(i) + "x";
          long t0 = System.nanoTime();
          Files.writeString(
              news.resolve("story-" + i + ".md"),
              "---\ntitle: Story "
                  + i
                  + "\n---\nThe "
                  + word
                  + " ferry sailed at dawn with "
                  + letters(i + 7)
                  + "q passengers for "
                  + letters(i + 13)
                  + "k island.\n");
          files.add(until(newsdesk, "When did the " + word + " ferry sail?", word) - t0);

          String topic = "quokk" + letters(i) + "x";
          site.put("/rss", "application/rss+xml", feed(i));
          long t1 = System.nanoTime();
          live.pollSoon(site.url("/rss"));
          items.add(until(newsdesk, "What did the " + topic + " council decide?", topic) - t1);
        }
      }
      return String.format(
          Locale.ROOT,
          "rounds=%d file_to_answer_p50_ms=%.0f file_to_answer_p99_ms=%.0f"
              + " poll_to_answer_p50_ms=%.0f poll_to_answer_p99_ms=%.0f",
          rounds,
          files.percentileMs(50),
          files.percentileMs(99),
          items.percentileMs(50),
          items.percentileMs(99));
    }
  }

  private static LiveIngest start(Newsdesk newsdesk) throws Exception {
    newsdesk.updateFromConfig(new IngestProgress(), () -> false);
    return LiveIngest.start(newsdesk, Duration.ZERO);
  }

  /** Asks until the reply quotes {@code word}; returns that moment (nanoTime). */
  private static long until(Newsdesk newsdesk, String question, String word)
      throws InterruptedException {
    AskOptions options = new AskOptions(3, 1, Optional.empty(), 0.3);
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      Answer answer = newsdesk.answers().ask(question, options);
      if (answer.excerpts().stream().anyMatch(e -> e.text().contains(word))) {
        return System.nanoTime();
      }
      Thread.sleep(5);
    }
    throw new IllegalStateException("never answered: " + question);
  }

  private static String feed(int items) {
    StringBuilder out =
        new StringBuilder(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title>");
    for (int i = items; i >= 1; i--) {
      String topic = "quokk" + letters(i) + "x";
      out.append("<item><guid>item-")
          .append(i)
          .append("</guid><title>Item ")
          .append(i)
          .append("</title><description><![CDATA[<p>The ")
          .append(topic)
          .append(" council decided to open the ")
          .append(letters(i + 5))
          .append("v harbour on Sundays.</p>]]></description></item>");
    }
    return out.append("</channel></rss>").toString();
  }

  /** A word made of letters only, different for each round (digits would be split off). */
  private static String letters(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = n; i > 0; i /= 26) {
      out.append((char) ('a' + i % 26));
    }
    return out.toString();
  }
}
