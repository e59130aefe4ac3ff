package io.newsdesk.answer;

import java.util.Map;
import java.util.Set;

/**
 * The weighted words of a question: each term's IDF, and the synonyms that also count for it (at
 * {@link #SYNONYM_WEIGHT} of its weight). Only the question's own words are highlighted in a reply:
 * a synonym finds a passage, but bolding it would show words the question did not use ("United
 * States" for "say", through "stated").
 */
record QueryTerms(Map<String, Double> idf, Map<String, Set<String>> synonyms) {
  static final double SYNONYM_WEIGHT = 0.8;

  double total() {
    return idf.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** The weight the question gives a set of present stems: full for a word, less for a synonym. */
  double weight(Set<String> present) {
    double sum = 0;
    for (Map.Entry<String, Double> e : idf.entrySet()) {
      if (present.contains(e.getKey())) {
        sum += e.getValue();
      } else if (synonyms.getOrDefault(e.getKey(), Set.of()).stream().anyMatch(present::contains)) {
        sum += e.getValue() * SYNONYM_WEIGHT;
      }
    }
    return sum;
  }
}
