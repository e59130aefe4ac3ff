package io.newsdesk.index;

import io.newsdesk.feeds.FeedState;
import java.util.Optional;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/** What the index says of a feed: its last stored state and how many of its articles it holds. */
public final class FeedRecords {
  private FeedRecords() {}

  /** A feed as the index knows it. */
  public record Known(Optional<FeedState> state, int articles) {}

  public static Known of(NewsIndex index, String feedUrl) {
    String from = ArticleSource.FEED_PREFIX + feedUrl;
    return index.withSearcher(
        searcher -> {
          TermQuery record = new TermQuery(new Term(Fields.KEY, FileRecord.keyOf(from)));
          Optional<FeedState> state = Optional.empty();
          ScoreDoc[] hits = searcher.search(record, 1).scoreDocs;
          if (hits.length > 0) {
            StoredFields stored = searcher.storedFields();
            state =
                Optional.of(
                    FeedState.fromJson(
                        feedUrl, stored.document(hits[0].doc).get(Fields.FEED_STATE)));
          }
          return new Known(state, count(searcher, from));
        });
  }

  static int articleCount(NewsIndex index, String from) {
    return index.withSearcher(searcher -> count(searcher, from));
  }

  private static int count(IndexSearcher searcher, String from) throws java.io.IOException {
    return searcher.count(
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)), Occur.FILTER)
            .add(new TermQuery(new Term(Fields.FILE, from)), Occur.FILTER)
            .build());
  }
}
