package io.newsdesk.answer;

import io.newsdesk.index.Fields;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

/**
 * The articles nearest a question in meaning (their title and lead, embedded), and their passages
 * that hold the question's words, fused with the passages found by words alone by reciprocal rank
 * (Lucene's {@link TopDocs#rrf}): a passage both ways found ranks first, one found only by meaning
 * still gets a place.
 */
final class SemanticSearch {
  /** Articles taken from the vector index; asking for more than needed raises HNSW's recall. */
  static final int ARTICLES = 50;

  /** Passages of those articles read for their words. */
  static final int PASSAGES = 150;

  /** Reciprocal rank fusion's constant: the usual 60. */
  static final int RRF_K = 60;

  private SemanticSearch() {}

  /** The fused ranking, and each article's rank by meaning (by key). */
  record Fused(List<ScoreDoc> ranked, Map<String, Integer> meaningRank) {}

  static Fused fuse(
      IndexSearcher searcher,
      List<ScoreDoc> lexical,
      Query words,
      float[] vector,
      Optional<LocalDate> asOf)
      throws IOException {
    Map<String, Integer> rank = nearestArticles(searcher, vector, asOf);
    if (rank.isEmpty()) {
      return new Fused(lexical, rank);
    }
    List<BytesRef> keys = rank.keySet().stream().map(BytesRef::new).toList();
    Query theirPassages =
        new BooleanQuery.Builder()
            .add(words, Occur.MUST)
            .add(new TermInSetQuery(Fields.KEY, keys), Occur.FILTER)
            .build();
    List<ScoreDoc> byMeaning = new ArrayList<>();
    Map<Integer, Integer> articleRank = new HashMap<>();
    ScoreDoc[] passages = searcher.search(theirPassages, PASSAGES).scoreDocs;
    Map<Integer, String> passageKeys = HitValues.keys(searcher.getIndexReader(), passages);
    for (ScoreDoc hit : passages) {
      String key = passageKeys.getOrDefault(hit.doc, "");
      articleRank.put(hit.doc, rank.getOrDefault(key, Integer.MAX_VALUE));
      byMeaning.add(hit);
    }
    if (lexical.isEmpty() && byMeaning.isEmpty()) {
      return new Fused(lexical, rank);
    }
    byMeaning.sort(
        Comparator.comparingInt((ScoreDoc d) -> articleRank.get(d.doc))
            .thenComparing(d -> -d.score));
    TopDocs fused =
        TopDocs.rrf(
            lexical.size() + byMeaning.size(),
            RRF_K,
            new TopDocs[] {topDocs(lexical), topDocs(byMeaning)});
    List<ScoreDoc> out = new ArrayList<>();
    for (ScoreDoc hit : fused.scoreDocs) {
      out.add(new ScoreDoc(hit.doc, hit.score));
    }
    return new Fused(out, rank);
  }

  /** Article keys, nearest first, published on or before the as-of day. */
  private static Map<String, Integer> nearestArticles(
      IndexSearcher searcher, float[] vector, Optional<LocalDate> asOf) throws IOException {
    BooleanQuery.Builder filter =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)), Occur.FILTER);
    asOf.ifPresent(day -> filter.add(PassageSearch.publishedBy(day), Occur.FILTER));
    TopDocs nearest =
        searcher.search(
            new KnnFloatVectorQuery(Fields.VECTOR, vector, ARTICLES, filter.build()), ARTICLES);
    Map<String, Integer> rank = new LinkedHashMap<>();
    Map<Integer, String> keys = HitValues.keys(searcher.getIndexReader(), nearest.scoreDocs);
    for (ScoreDoc hit : nearest.scoreDocs) {
      rank.putIfAbsent(keys.getOrDefault(hit.doc, ""), rank.size());
    }
    return rank;
  }

  private static TopDocs topDocs(List<ScoreDoc> docs) {
    ScoreDoc[] copy = new ScoreDoc[docs.size()];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = new ScoreDoc(docs.get(i).doc, docs.get(i).score);
    }
    return new TopDocs(new TotalHits(copy.length, TotalHits.Relation.EQUAL_TO), copy);
  }
}
