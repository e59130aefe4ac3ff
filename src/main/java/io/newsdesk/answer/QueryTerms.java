package io.newsdesk.answer;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * The weighted words of a question: each term's IDF, and the synonyms that also count for it (at
 * {@link #SYNONYM_WEIGHT} of its weight). Only the question's own words are highlighted in a reply:
 * a synonym finds a passage, but bolding it would show words the question did not use ("United
 * States" for "say", through "stated"). Immutable; what every passage asks of it is worked out
 * once.
 */
final class QueryTerms {
  static final double SYNONYM_WEIGHT = 0.8;

  private final Map<String, Double> idf;
  private final Map<String, Set<String>> synonyms;
  private final double total;
  private final CharArrayMap<String> counted;

  QueryTerms(Map<String, Double> idf, Map<String, Set<String>> synonyms) {
    this.idf = idf;
    this.synonyms = synonyms;
    this.total = idf.values().stream().mapToDouble(Double::doubleValue).sum();
    this.counted = new CharArrayMap<>(idf.size() * 2, false);
    idf.keySet().forEach(term -> counted.put(term, term));
    synonyms.values().forEach(others -> others.forEach(term -> counted.put(term, term)));
  }

  Map<String, Double> idf() {
    return idf;
  }

  Map<String, Set<String>> synonyms() {
    return synonyms;
  }

  /** The summed weight of all the question's terms. */
  double total() {
    return total;
  }

  /**
   * The stem in {@code buffer[0, length)} if it adds to a {@link #weight} (a term or a synonym of
   * one), as a string; else null. A passage's other words count for nothing, so they need not even
   * be made strings.
   */
  String counted(char[] buffer, int length) {
    return counted.get(buffer, 0, length);
  }

  /** The weight the question gives a set of present stems: full for a word, less for a synonym. */
  double weight(Set<String> present) {
    double sum = 0;
    for (Map.Entry<String, Double> e : idf.entrySet()) {
      if (present.contains(e.getKey())) {
        sum += e.getValue();
      } else if (anyPresent(synonyms.get(e.getKey()), present)) {
        sum += e.getValue() * SYNONYM_WEIGHT;
      }
    }
    return sum;
  }

  private static boolean anyPresent(Set<String> candidates, Set<String> present) {
    if (candidates == null) {
      return false;
    }
    for (String candidate : candidates) {
      if (present.contains(candidate)) {
        return true;
      }
    }
    return false;
  }
}
