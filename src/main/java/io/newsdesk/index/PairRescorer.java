package io.newsdesk.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Adds the score of the question's word pairs, weighted, to the first-round score of the hits that
 * have pairs; hits best first, then by doc. As Lucene's {@code QueryRescorer} does, except that
 * positions are read for the hits only: its scorer, moved from hit to hit, checks the positions of
 * every passage between two hits that holds both words of a pair, and for common words those are
 * most of the index.
 */
final class PairRescorer {
  /** Score descending, then doc ascending, compared as Lucene's rescorer compares them. */
  private static final Comparator<ScoreDoc> BEST_FIRST =
      (a, b) -> a.score > b.score ? -1 : a.score < b.score ? 1 : Integer.compare(a.doc, b.doc);

  private final Query pairs;
  private final float boost;

  /**
   * @param boost the weight of the pair score
   */
  PairRescorer(Query pairs, float boost) {
    this.pairs = pairs;
    this.boost = boost;
  }

  TopDocs rescore(IndexSearcher searcher, TopDocs first) throws IOException {
    ScoreDoc[] hits = first.scoreDocs.clone();
    Arrays.sort(hits, Comparator.comparingInt(d -> d.doc));
    Weight weight = searcher.createWeight(searcher.rewrite(pairs), ScoreMode.COMPLETE, 1);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leaf = -1;
    int endDoc = 0;
    Matches matches = Matches.NONE;
    for (ScoreDoc hit : hits) {
      if (hit.doc >= endDoc) {
        do {
          leaf++;
          endDoc = leaves.get(leaf).docBase + leaves.get(leaf).reader().maxDoc();
        } while (hit.doc >= endDoc);
        matches = Matches.of(weight, leaves.get(leaf));
      }
      int target = hit.doc - leaves.get(leaf).docBase;
      if (matches.at(target)) {
        hit.score = hit.score + boost * matches.score();
      }
    }
    Arrays.sort(hits, BEST_FIRST);
    return new TopDocs(first.totalHits, hits);
  }

  /** The pairs' matches in one segment, checked doc by doc. */
  private static final class Matches {
    static final Matches NONE = new Matches(null, null, null);

    private final Scorer scorer;
    private final DocIdSetIterator approximation;
    private final TwoPhaseIterator twoPhase;

    private Matches(Scorer scorer, DocIdSetIterator approximation, TwoPhaseIterator twoPhase) {
      this.scorer = scorer;
      this.approximation = approximation;
      this.twoPhase = twoPhase;
    }

    static Matches of(Weight weight, LeafReaderContext leaf) throws IOException {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        return NONE;
      }
      TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
      return new Matches(
          scorer, twoPhase == null ? scorer.iterator() : twoPhase.approximation(), twoPhase);
    }

    /** Whether the pairs match this doc; targets must increase. */
    boolean at(int target) throws IOException {
      if (scorer == null) {
        return false;
      }
      if (approximation.docID() < target) {
        approximation.advance(target);
      }
      return approximation.docID() == target && (twoPhase == null || twoPhase.matches());
    }

    float score() throws IOException {
      return scorer.score();
    }
  }
}
