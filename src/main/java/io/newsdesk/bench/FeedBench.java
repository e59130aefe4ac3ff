package io.newsdesk.bench;

import io.newsdesk.config.Feed;
import io.newsdesk.config.Fetch;
import io.newsdesk.feeds.FeedPoll;
import io.newsdesk.feeds.FeedPoller;
import io.newsdesk.feeds.FeedState;
import io.newsdesk.index.FeedIndexer;
import io.newsdesk.index.Fields;
import io.newsdesk.index.IndexFolder;
import io.newsdesk.index.NewsIndexWriter;
import io.newsdesk.quotes.QuoteExtractor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/**
 * Ingest from a feed over HTTP: a local site serves {@code items} real articles as cluttered pages
 * and an RSS feed listing them; one poll fetches the feed and every page (one at a time, as from
 * one host), extracts the articles and indexes them with their quotations. Then one new item is
 * published and polled: the time until it is searchable.
 */
public final class FeedBench {
  private FeedBench() {}

  public static String run(Path corpus, int items, PrintStream log) throws Exception {
    List<NewsPages.Story> stories = NewsPages.read(corpus, items + 1);
    NewsPages.Story late = stories.remove(stories.size() - 1);
    try (LocalSite site = new LocalSite();
        BenchFolder folder = BenchFolder.create("feed")) {
      for (NewsPages.Story story : stories) {
        site.put("/p/" + story.id(), "text/html; charset=utf-8", NewsPages.page(story));
      }
      site.put("/p/" + late.id(), "text/html; charset=utf-8", NewsPages.page(late));
      site.put(
          "/feed.xml",
          "application/rss+xml",
          NewsPages.feed(stories, s -> site.url("/p/" + s.id())));
      Fetch settings =
          new Fetch(
              Fetch.USER_AGENT,
              Duration.ofSeconds(20),
              200,
              5,
              Duration.ZERO,
              items + 10,
              true,
              true);
      FeedPoller poller = new FeedPoller(settings, Clock.systemUTC());
      Feed feed = new Feed(site.url("/feed.xml"), Optional.of("Local News"), Duration.ofMinutes(1));
      try (NewsIndexWriter writer =
          NewsIndexWriter.open(IndexFolder.forWriting(folder.resolve("index")), true)) {
        QuoteExtractor quotes = new QuoteExtractor();
        FeedIndexer indexer = new FeedIndexer(writer, quotes::extract);
        log.printf("polling a feed of %d items with pages…%n", stories.size());
        long t0 = System.nanoTime();
        FeedPoll poll = poller.poll(feed, FeedState.fresh(feed.url()));
        long fetched = System.nanoTime();
        indexer.store(feed.url(), poll);
        writer.commit();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long full = poll.articles().stream().filter(a -> a.fullText()).count();

        List<NewsPages.Story> more = new ArrayList<>(stories);
        more.add(0, late);
        site.put(
            "/feed.xml",
            "application/rss+xml",
            NewsPages.feed(more, s -> site.url("/p/" + s.id())));
        long t1 = System.nanoTime();
        FeedPoll next = poller.poll(feed, poll.state());
        indexer.store(feed.url(), next);
        writer.commit();
        boolean found =
            writer
                    .index()
                    .withSearcher(s -> s.count(new TermQuery(new Term(Fields.GUID, late.id()))))
                > 0;
        double newItemMs = (System.nanoTime() - t1) / 1e6;
        return String.format(
            Locale.ROOT,
            "items=%d articles=%d full_text=%d fetch_extract_s=%.1f total_s=%.1f articles_per_s=%.0f"
                + " new_item_ms=%.0f new_item_found=%s notes=%d",
            stories.size(),
            poll.articles().size(),
            full,
            (fetched - t0) / 1e9,
            seconds,
            poll.articles().size() / seconds,
            newItemMs,
            found,
            poll.notes().size());
      }
    }
  }
}
