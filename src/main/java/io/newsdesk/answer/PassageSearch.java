package io.newsdesk.answer;

import io.newsdesk.search.PassageHit;
import io.newsdesk.search.Snapshot;
import io.newsdesk.search.StoredPassage;
import io.newsdesk.search.WordQuery;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  private PassageSearch() {}

  /**
   * The candidates for a question: with {@code vector}, the passages found by their words and those
   * of the articles nearest in meaning, fused by reciprocal rank. Articles published near the day
   * asked, or in the days the question names, are boosted.
   */
  static List<Candidate> search(
      Snapshot snapshot,
      List<QuestionTerms.Token> tokens,
      QueryTerms terms,
      Optional<LocalDate> asOf,
      LocalDate day,
      Optional<AskedPeriod> period,
      Optional<float[]> vector)
      throws IOException {
    WordQuery query = query(terms, pairs(tokens, terms), asOf);
    List<PassageHit> hits = snapshot.findPassages(query, FIRST_ROUND);
    List<PassageHit> rescored = new ArrayList<>(hits.size());
    for (PassageHit hit : hits) {
      double boost =
          hit.published().isPresent()
              ? 1
                  + RECENCY_WEIGHT
                      * Math.exp(-distance(hit.published().getAsLong(), day, period) / RECENCY_DAYS)
              : 1.0;
      rescored.add(hit.withScore((float) (hit.score() * boost)));
    }
    rescored.sort(Comparator.comparingDouble((PassageHit d) -> d.score()).reversed());
    SemanticSearch.Fused fused =
        vector.isPresent()
            ? SemanticSearch.fuse(snapshot, rescored, query, vector.get(), asOf)
            : new SemanticSearch.Fused(rescored, Map.of());
    List<PassageHit> ranked = fused.ranked();
    Map<Integer, Integer> lexicalRank = new HashMap<>();
    for (int i = 0; i < rescored.size(); i++) {
      lexicalRank.put(rescored.get(i).doc(), i);
    }
    List<PassageHit> second = ranked.subList(0, Math.min(SECOND_ROUND, ranked.size()));
    Map<Integer, StoredPassage> stored = snapshot.passages(second);
    List<Candidate> out = new ArrayList<>(second.size());
    for (PassageHit hit : second) {
      StoredPassage passage = stored.get(hit.doc());
      if (passage == null) {
        continue; // deleted since it was found
      }
      out.add(
          new Candidate(
              passage.citation(),
              passage.text(),
              passage.start(),
              hit.score(),
              passage.cutBefore(),
              passage.cutAfter(),
              lexicalRank.getOrDefault(hit.doc(), -1),
              fused.meaningRank().getOrDefault(passage.citation().key(), -1)));
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

  /**
   * Each question term in the passage text and, less, in the title; each synonym in the text, less
   * again; word pairs rescore the first round.
   */
  static WordQuery query(QueryTerms terms, List<WordQuery.Pair> pairs, Optional<LocalDate> asOf) {
    List<WordQuery.Clause> clauses = new ArrayList<>();
    for (String term : terms.idf().keySet()) {
      clauses.add(new WordQuery.Clause(WordQuery.Where.TEXT, term, 1f));
      clauses.add(new WordQuery.Clause(WordQuery.Where.TITLE, term, TITLE_BOOST));
      for (String synonym : terms.synonyms().getOrDefault(term, Set.of())) {
        clauses.add(new WordQuery.Clause(WordQuery.Where.TEXT, synonym, SYNONYM_BOOST));
      }
    }
    return new WordQuery(clauses, pairs, PAIR_BOOST, asOf, Set.of());
  }

  /**
   * Neighbouring question words that also stand near each other in a passage ("Summit of the
   * Americas"). Scored only on the first round's hits: positions are costly to read.
   */
  static List<WordQuery.Pair> pairs(List<QuestionTerms.Token> tokens, QueryTerms terms) {
    Map<String, Double> idf = terms.idf();
    List<WordQuery.Pair> pairs = new ArrayList<>();
    for (int i = 1; i < tokens.size() && pairs.size() < MAX_PAIRS; i++) {
      QuestionTerms.Token a = tokens.get(i - 1);
      QuestionTerms.Token b = tokens.get(i);
      if (idf.containsKey(a.term()) && idf.containsKey(b.term()) && !a.term().equals(b.term())) {
        pairs.add(
            new WordQuery.Pair(
                a.term(), b.term(), Math.max(1, b.position() - a.position()), PAIR_SLOP));
      }
    }
    return pairs;
  }
}
