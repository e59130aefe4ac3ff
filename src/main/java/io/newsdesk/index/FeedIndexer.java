package io.newsdesk.index;

import io.newsdesk.config.DurationText;
import io.newsdesk.feeds.FeedArticle;
import io.newsdesk.feeds.FeedPoll;
import io.newsdesk.feeds.FeedState;
import io.newsdesk.ingest.IngestProblem;
import io.newsdesk.ingest.OneLine;
import io.newsdesk.metrics.Meters;
import io.newsdesk.quotes.Quotation;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores what a poll of a feed brought: each article under the feed, replacing an older version of
 * the same item (same GUID, or same address), and the feed's new state, written with them so that
 * the two are committed together.
 */
public final class FeedIndexer {
  private static final Logger LOG = LoggerFactory.getLogger(FeedIndexer.class);

  private final NewsIndexWriter index;
  private final QuoteFinder quotes;
  private final ArticleEmbedder embedder;

  public FeedIndexer(NewsIndexWriter index, QuoteFinder quotes) {
    this(index, quotes, ArticleEmbedder.NONE);
  }

  public FeedIndexer(NewsIndexWriter index, QuoteFinder quotes, ArticleEmbedder embedder) {
    this.index = index;
    this.quotes = quotes;
    this.embedder = embedder;
  }

  /** Indexes a poll's articles and the feed's state; does not commit. */
  public IndexReport store(String feedUrl, FeedPoll poll) throws IOException {
    IngestCounts counts = new IngestCounts("feeds");
    String from = ArticleSource.FEED_PREFIX + feedUrl;
    List<Future<?>> stored = new ArrayList<>();
    for (FeedArticle item : distinct(poll.articles())) {
      stored.add(index.workers().submit(() -> storeOne(feedUrl, from, item, counts)));
    }
    for (Future<?> done : stored) {
      try {
        done.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while indexing feed " + feedUrl, e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        throw new IOException(e.getCause());
      }
    }
    pollProblem(feedUrl, poll).ifPresent(counts::failSaid);
    index.putFeedRecord(from, poll.state().toJson());
    return counts.finish();
  }

  /**
   * What a poll says besides its articles, on either backend: its notes logged, its outcome
   * counted, and when it failed, the problem (logged here too) with when the feed is tried again.
   */
  public static java.util.Optional<IngestProblem> pollProblem(String feedUrl, FeedPoll poll) {
    poll.notes().forEach(note -> LOG.info("feed {}: {}", feedUrl, note));
    Meters.feedPoll(poll.failed() ? "failed" : poll.articles().isEmpty() ? "unchanged" : "new");
    if (!poll.failed()) {
      if (!poll.articles().isEmpty()) {
        LOG.info("feed {}: {} new or updated articles", feedUrl, poll.articles().size());
      }
      return java.util.Optional.empty();
    }
    String wait =
        DurationText.format(
            Duration.ofMinutes(
                Math.max(
                    1,
                    Duration.between(poll.state().lastPoll().orElseThrow(), poll.state().nextPoll())
                        .toMinutes())));
    String reason = poll.state().error().orElse("failed") + "; next try in " + wait;
    LOG.warn("feed {}: {}", feedUrl, reason);
    return java.util.Optional.of(
        IngestProblem.ofFeed(feedUrl, IngestProblem.Kind.UNREADABLE, reason));
  }

  /**
   * One article per GUID and per address, the first (newest) of each: two items of one poll that
   * are the same article would otherwise replace each other, on two threads, and both be lost.
   */
  public static List<FeedArticle> distinct(List<FeedArticle> items) {
    Set<String> guids = new HashSet<>();
    Set<String> urls = new HashSet<>();
    List<FeedArticle> out = new ArrayList<>();
    for (FeedArticle item : items) {
      boolean newUrl = item.article().url().map(urls::add).orElse(true);
      if (guids.add(item.guid()) && newUrl) {
        out.add(item);
      }
    }
    return out;
  }

  /** One article, on a worker thread: analysis and quotations are the costly part. */
  private Void storeOne(String feedUrl, String from, FeedArticle item, IngestCounts counts)
      throws IOException {
    ArticleSource source = ArticleSource.feedItem(feedUrl, item.guid());
    try {
      java.util.Optional<float[]> vector;
      try {
        vector = embedder.embed(item.article());
      } catch (RuntimeException e) {
        vector = java.util.Optional.empty(); // found by its words only
      }
      index.put(item.article(), source, quotations(feedUrl, item, counts), vector);
      index.removeOtherVersions(
          from, item.guid(), item.article().url(), source.key(item.article().id()));
      synchronized (counts) {
        counts.indexed++;
      }
    } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
      throw e instanceof IOException io ? io : new IOException(e);
    } catch (RuntimeException e) {
      counts.skip(
          IngestProblem.ofFeed(
              feedUrl,
              IngestProblem.Kind.NOT_INDEXED,
              "item " + item.guid() + ": " + OneLine.of(String.valueOf(e), 200)));
    }
    return null;
  }

  private List<Quotation> quotations(String feedUrl, FeedArticle item, IngestCounts counts) {
    try {
      return quotes.find(item.article());
    } catch (RuntimeException | StackOverflowError e) {
      counts.note(quotationsUnread(feedUrl, item));
      return List.of();
    }
  }

  /** The note, on either backend, for a feed item whose quotations could not be read. */
  public static IngestProblem quotationsUnread(String feedUrl, FeedArticle item) {
    return IngestProblem.ofFeed(
        feedUrl,
        IngestProblem.Kind.NOT_INDEXED,
        "item "
            + item.guid()
            + ": its quotations could not be read; its text is indexed without them");
  }

  /** Removes a feed's articles and state; returns how many articles left. */
  public int remove(String feedUrl) throws IOException {
    String from = ArticleSource.FEED_PREFIX + feedUrl;
    int articles = FeedRecords.articleCount(index.index(), from);
    index.removeSource(from);
    return articles;
  }

  /** Every feed's stored state, by address (uncommitted changes included). */
  public Map<String, FeedState> states() throws IOException {
    index.refresh();
    return index
        .index()
        .withSearcher(
            searcher -> {
              Map<String, FeedState> states = new HashMap<>();
              TermQuery feeds = new TermQuery(new Term(Fields.KIND, Fields.KIND_FEED));
              StoredFields stored = searcher.storedFields();
              for (ScoreDoc hit :
                  searcher.search(feeds, Math.max(1, searcher.count(feeds))).scoreDocs) {
                var doc = stored.document(hit.doc);
                String url = doc.get(Fields.FILE).substring(ArticleSource.FEED_PREFIX.length());
                states.put(url, FeedState.fromJson(url, doc.get(Fields.FEED_STATE)));
              }
              return states;
            });
  }
}
