package io.newsdesk.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** What is indexed: articles newest first (undated ones last), and how many there are. */
public final class SourceCatalog {
  private final NewsIndex index;

  public SourceCatalog(NewsIndex index) {
    this.index = index;
  }

  /** A page of the catalogue, newest first, and the total number of articles. */
  public record Page(List<Citation> articles, long total) {}

  /** How many articles the index holds. */
  public long articleCount() {
    return index.withSearcher(
        searcher ->
            (long) searcher.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE))));
  }

  public Page newest(int limit) {
    return index.withSearcher(searcher -> page(searcher, Math.max(1, limit)));
  }

  private static Page page(IndexSearcher searcher, int limit) throws IOException {
    TermQuery articles = new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE));
    SortField byDay = new SortField(Fields.PUBLISHED, SortField.Type.LONG, true);
    byDay.setMissingValue(Long.MIN_VALUE);
    // A story indexed twice (from a feed and a file, say) is listed once: fetch a few more than
    // asked, and skip the addresses already listed.
    TopDocs top = searcher.search(articles, limit * 2 + 10, new Sort(byDay, SortField.FIELD_DOC));
    StoredFields stored = searcher.storedFields();
    List<Citation> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ScoreDoc hit : top.scoreDocs) {
      Citation citation = Documents.citation(stored.document(hit.doc));
      if (out.size() < limit && seen.add(citation.identity())) {
        out.add(citation);
      }
    }
    return new Page(out, searcher.count(articles));
  }
}
