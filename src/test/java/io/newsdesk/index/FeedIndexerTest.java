package io.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.feeds.FeedArticle;
import io.newsdesk.feeds.FeedPoll;
import io.newsdesk.feeds.FeedState;
import io.newsdesk.ingest.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A feed item is one article: a new version replaces the old, one address one article")
final class FeedIndexerTest {
  private static final String FEED = "https://tessaly.example/rss";

  @TempDir Path dir;
  private TestIndex index;
  private FeedIndexer feeds;

  @BeforeEach
  void open() throws IOException {
    index = TestIndex.open(dir.resolve("index"));
    feeds = new FeedIndexer(index.writer(), a -> List.of());
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private static FeedArticle item(String guid, String url, String text) {
    return new FeedArticle(
        new Article(
            guid,
            Optional.of(url),
            "Ferries",
            Optional.of(LocalDate.of(2025, 3, 4)),
            Optional.of("Tessaly Tribune"),
            List.of(),
            List.of(text)),
        guid,
        true);
  }

  private void store(FeedArticle... items) throws IOException {
    feeds.store(FEED, new FeedPoll(FeedState.fresh(FEED), List.of(items), List.of()));
    index.writer().commit();
  }

  private long count(String field, String value) {
    return index.withSearcher(
        s ->
            (long)
                s.count(
                    new org.apache.lucene.search.BooleanQuery.Builder()
                        .add(
                            new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)),
                            org.apache.lucene.search.BooleanClause.Occur.FILTER)
                        .add(
                            new TermQuery(new Term(field, value)),
                            org.apache.lucene.search.BooleanClause.Occur.FILTER)
                        .build()));
  }

  /** Passages holding the word, analysed as passage text is. */
  private long passagesWith(String word) throws IOException {
    String term;
    try (var stream = index.analyzer().tokenStream(Fields.TEXT, word)) {
      var attribute =
          stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      stream.reset();
      assertThat(stream.incrementToken()).isTrue();
      term = attribute.toString();
      stream.end();
    }
    return index.withSearcher(s -> (long) s.count(new TermQuery(new Term(Fields.TEXT, term))));
  }

  @Test
  @DisplayName("an updated item replaces its older version: the old words are gone")
  void updatedItemReplacesOld() throws IOException {
    store(item("ferry-1", "https://tessaly.example/ferries", "The ferry runs on Sundays."));
    store(item("ferry-1", "https://tessaly.example/ferries", "The ferry runs on Saturdays."));

    assertThat(count(Fields.FILE, ArticleSource.FEED_PREFIX + FEED)).isEqualTo(1);
    assertThat(passagesWith("saturday")).isEqualTo(1);
    assertThat(passagesWith("sunday")).isZero();
  }

  @Test
  @DisplayName("two GUIDs with the same address are one article, the newer one")
  void sameAddressIsOneArticle() throws IOException {
    store(item("ferry-1", "https://tessaly.example/ferries", "The ferry runs on Sundays."));
    store(item("urn:ferry-one", "https://tessaly.example/ferries", "The ferry runs on Saturdays."));

    assertThat(count(Fields.FILE, ArticleSource.FEED_PREFIX + FEED)).isEqualTo(1);
    assertThat(passagesWith("saturday")).isEqualTo(1);
  }

  @Test
  @DisplayName("the feed's state is stored with its articles, and removing the feed removes both")
  void stateAndRemoval() throws IOException {
    store(item("ferry-1", "https://tessaly.example/ferries", "The ferry runs on Sundays."));

    assertThat(feeds.states()).containsKey(FEED);
    assertThat(FeedRecords.of(index.index(), FEED).articles()).isEqualTo(1);
    assertThat(feeds.remove(FEED)).isEqualTo(1);
    index.writer().commit();
    assertThat(feeds.states()).isEmpty();
    assertThat(passagesWith("sunday")).isZero();
  }

  @Test
  @DisplayName("two items of one poll with the same address are one article, never none")
  void sameAddressInOnePoll() throws IOException {
    for (int round = 0; round < 50; round++) {
      store(
          item("live-" + round + "-a", "https://tessaly.example/live", "Newest entry of the blog."),
          item("live-" + round + "-b", "https://tessaly.example/live", "Older entry of the blog."));

      assertThat(count(Fields.FILE, ArticleSource.FEED_PREFIX + FEED)).isEqualTo(1);
    }
    assertThat(passagesWith("newest")).isEqualTo(1);
  }
}
