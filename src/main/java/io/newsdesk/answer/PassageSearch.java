package io.newsdesk.answer;

import io.newsdesk.index.Citation;
import io.newsdesk.index.Documents;
import io.newsdesk.index.Fields;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Finds candidate passages for a question: BM25 over passage text and title, with extra weight for
 * question words that stand near each other in the passage, filtered to passages published on or
 * before the as-of day; recent articles get a boost, as news questions are about now.
 */
final class PassageSearch {
  static final int FIRST_ROUND = 200;
  static final int SECOND_ROUND = 40;
  private static final float TITLE_BOOST = 0.4f;
  private static final float PAIR_BOOST = 0.6f;
  private static final int PAIR_SLOP = 3;
  private static final int MAX_PAIRS = 32;
  private static final float SYNONYM_BOOST = 0.5f;
  private static final double RECENCY_WEIGHT = 2.0;
  private static final double RECENCY_DAYS = 7.0;

  /** The stored fields a candidate is made of; a passage's others are not read. */
  private static final Set<String> CANDIDATE_FIELDS =
      Stream.concat(
              Documents.CITATION_FIELDS.stream(), Stream.of(Fields.TEXT, Fields.START, Fields.CUT))
          .collect(Collectors.toUnmodifiableSet());

  private PassageSearch() {}

  /**
   * The candidates for a question: with {@code vector}, the passages found by their words and those
   * of the articles nearest in meaning, fused by reciprocal rank. Articles published near the day
   * asked, or in the days the question names, are boosted.
   */
  static List<Candidate> search(
      IndexSearcher searcher,
      TermLookups lookups,
      List<QuestionTerms.Token> tokens,
      QueryTerms terms,
      Optional<LocalDate> asOf,
      LocalDate day,
      Optional<AskedPeriod> period,
      Optional<float[]> vector)
      throws IOException {
    Query query = query(terms, asOf, lookups);

    TopDocs first = searcher.search(query, FIRST_ROUND);
    Optional<Query> pairs = pairs(tokens, terms);
    if (pairs.isPresent()) {
      first = new PairRescorer(pairs.get(), PAIR_BOOST).rescore(searcher, first);
    }
    ScoreDoc[] hits = first.scoreDocs;
    List<ScoreDoc> rescored = new ArrayList<>(hits.length);
    Map<Integer, Long> publishedDays = HitValues.publishedDays(searcher.getIndexReader(), hits);
    for (ScoreDoc hit : hits) {
      Optional<Long> published = Optional.ofNullable(publishedDays.get(hit.doc));
      double boost =
          published
              .map(p -> 1 + RECENCY_WEIGHT * Math.exp(-distance(p, day, period) / RECENCY_DAYS))
              .orElse(1.0);
      rescored.add(new ScoreDoc(hit.doc, (float) (hit.score * boost)));
    }
    rescored.sort(Comparator.comparingDouble((ScoreDoc d) -> d.score).reversed());
    SemanticSearch.Fused fused =
        vector.isPresent()
            ? SemanticSearch.fuse(searcher, rescored, query, vector.get(), asOf)
            : new SemanticSearch.Fused(rescored, Map.of());
    List<ScoreDoc> ranked = fused.ranked();
    Map<Integer, Integer> lexicalRank = new HashMap<>();
    for (int i = 0; i < rescored.size(); i++) {
      lexicalRank.put(rescored.get(i).doc, i);
    }
    StoredFields stored = searcher.storedFields();
    List<Candidate> out = new ArrayList<>();
    for (ScoreDoc hit : ranked.subList(0, Math.min(SECOND_ROUND, ranked.size()))) {
      Document doc = stored.document(hit.doc, CANDIDATE_FIELDS);
      IndexableField cutField = doc.getField(Fields.CUT);
      int cut = cutField == null ? 0 : cutField.numericValue().intValue();
      Citation citation = Documents.citation(doc);
      out.add(
          new Candidate(
              citation,
              doc.get(Fields.TEXT),
              doc.getField(Fields.START).numericValue().intValue(),
              hit.score,
              (cut & Fields.CUT_BEFORE) != 0,
              (cut & Fields.CUT_AFTER) != 0,
              lexicalRank.getOrDefault(hit.doc, -1),
              fused.meaningRank().getOrDefault(citation.key(), -1)));
    }
    return out;
  }

  /** Days between a publication day and the days asked about. */
  private static double distance(long published, LocalDate day, Optional<AskedPeriod> period) {
    if (period.isPresent()) {
      return period.get().distance(LocalDate.ofEpochDay(published));
    }
    return Math.max(0, day.toEpochDay() - published);
  }

  static Query query(QueryTerms terms, Optional<LocalDate> asOf, TermLookups lookups)
      throws IOException {
    Map<String, Double> idf = terms.idf();
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    for (String term : idf.keySet()) {
      words.add(lookups.query(new Term(Fields.TEXT, term)), Occur.SHOULD);
      words.add(
          new BoostQuery(lookups.query(new Term(Fields.TITLE_TEXT, term)), TITLE_BOOST),
          Occur.SHOULD);
      for (String synonym : terms.synonyms().getOrDefault(term, Set.of())) {
        words.add(
            new BoostQuery(lookups.query(new Term(Fields.TEXT, synonym)), SYNONYM_BOOST),
            Occur.SHOULD);
      }
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(words.build(), Occur.MUST);
    asOf.ifPresent(day -> query.add(publishedBy(day), Occur.FILTER));
    return query.build();
  }

  /**
   * Documents published on or before the day: found by the index of days, or checked one by one by
   * their day's doc value when the query's other clauses match few documents (an article's
   * passages, the article documents); Lucene picks whichever costs less, both match the same.
   */
  static Query publishedBy(LocalDate day) {
    long last = day.toEpochDay();
    return new IndexOrDocValuesQuery(
        LongPoint.newRangeQuery(Fields.PUBLISHED, Long.MIN_VALUE, last),
        NumericDocValuesField.newSlowRangeQuery(Fields.PUBLISHED, Long.MIN_VALUE, last));
  }

  /**
   * Neighbouring question words that also stand near each other in a passage ("Summit of the
   * Americas"). Scored only on the first round's hits: positions are costly to read.
   */
  static Optional<Query> pairs(List<QuestionTerms.Token> tokens, QueryTerms terms) {
    Map<String, Double> idf = terms.idf();
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    int pairs = 0;
    for (int i = 1; i < tokens.size() && pairs < MAX_PAIRS; i++) {
      QuestionTerms.Token a = tokens.get(i - 1);
      QuestionTerms.Token b = tokens.get(i);
      if (idf.containsKey(a.term()) && idf.containsKey(b.term()) && !a.term().equals(b.term())) {
        PhraseQuery pair =
            new PhraseQuery.Builder()
                .add(new Term(Fields.TEXT, a.term()), 0)
                .add(new Term(Fields.TEXT, b.term()), Math.max(1, b.position() - a.position()))
                .setSlop(PAIR_SLOP)
                .build();
        words.add(pair, Occur.SHOULD);
        pairs++;
      }
    }
    return pairs == 0 ? Optional.empty() : Optional.of(words.build());
  }
}
