package io.newsdesk.answer;

import io.newsdesk.search.PassageHit;
import io.newsdesk.search.Snapshot;
import io.newsdesk.search.WordQuery;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

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
  record Fused(List<PassageHit> ranked, Map<String, Integer> meaningRank) {}

  static Fused fuse(
      Snapshot snapshot,
      List<PassageHit> lexical,
      WordQuery words,
      float[] vector,
      Optional<LocalDate> asOf)
      throws IOException {
    Map<String, Integer> rank = new LinkedHashMap<>();
    for (String key : snapshot.nearestArticles(vector, asOf, ARTICLES)) {
      rank.putIfAbsent(key, rank.size());
    }
    if (rank.isEmpty()) {
      return new Fused(lexical, rank);
    }
    List<PassageHit> byMeaning =
        new ArrayList<>(snapshot.findPassages(words.within(rank.keySet()), PASSAGES));
    if (lexical.isEmpty() && byMeaning.isEmpty()) {
      return new Fused(lexical, rank);
    }
    byMeaning.sort(
        Comparator.comparingInt((PassageHit d) -> rank.getOrDefault(d.key(), Integer.MAX_VALUE))
            .thenComparing(d -> -d.score()));
    Map<Integer, PassageHit> byDoc = new HashMap<>();
    lexical.forEach(hit -> byDoc.put(hit.doc(), hit));
    byMeaning.forEach(hit -> byDoc.putIfAbsent(hit.doc(), hit));
    TopDocs fused =
        TopDocs.rrf(
            lexical.size() + byMeaning.size(),
            RRF_K,
            new TopDocs[] {topDocs(lexical), topDocs(byMeaning)});
    List<PassageHit> out = new ArrayList<>();
    for (ScoreDoc hit : fused.scoreDocs) {
      out.add(byDoc.get(hit.doc).withScore(hit.score));
    }
    return new Fused(out, rank);
  }

  private static TopDocs topDocs(List<PassageHit> hits) {
    ScoreDoc[] docs = new ScoreDoc[hits.size()];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = new ScoreDoc(hits.get(i).doc(), hits.get(i).score());
    }
    return new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
  }
}
