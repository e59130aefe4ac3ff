package io.newsdesk.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

  public Page newest(int limit) {
    return index.withSearcher(searcher -> page(searcher, Math.max(1, limit)));
  }

  private static Page page(IndexSearcher searcher, int limit) throws IOException {
    TermQuery articles = new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE));
    SortField byDay = new SortField(Fields.PUBLISHED, SortField.Type.LONG, true);
    byDay.setMissingValue(Long.MIN_VALUE);
    TopDocs top = searcher.search(articles, limit, new Sort(byDay, SortField.FIELD_DOC));
    StoredFields stored = searcher.storedFields();
    List<Citation> out = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      out.add(Documents.citation(stored.document(hit.doc)));
    }
    return new Page(out, searcher.count(articles));
  }
}
