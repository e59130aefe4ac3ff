package io.newsdesk.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A search for passages by their words, scored by BM25: each clause a term of the passage text or
 * of its article's title, weighted; optionally rescored by word pairs standing near each other in
 * the passage; only passages published on or before {@code asOf}, and only those of {@code
 * articles} when that is not empty.
 *
 * @param clauses summed in this order
 * @param pairs scored on the first round's hits only, added at {@code pairWeight}
 */
public record WordQuery(
    List<Clause> clauses,
    List<Pair> pairs,
    float pairWeight,
    Optional<LocalDate> asOf,
    Set<String> articles) {
  public WordQuery {
    clauses = List.copyOf(clauses);
    pairs = List.copyOf(pairs);
    articles = Set.copyOf(articles);
  }

  /** The same query restricted to some articles (by key), without pairs. */
  public WordQuery within(Set<String> keys) {
    return new WordQuery(clauses, List.of(), 0, asOf, keys);
  }

  /** Which text of a passage a clause's term is looked for in. */
  public enum Where {
    TEXT,
    TITLE
  }

  /** One term, weighted by {@code boost}. */
  public record Clause(Where where, String term, float boost) {}

  /**
   * Two terms of the passage text standing at most {@code slop} moves away from {@code distance}
   * positions apart.
   */
  public record Pair(String first, String second, int distance, int slop) {}
}
