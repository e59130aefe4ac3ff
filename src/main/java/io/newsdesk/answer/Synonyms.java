package io.newsdesk.answer;

import io.newsdesk.words.WordFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Groups of words that mean the same in news ("join NATO" / "NATO membership"), read from {@code
 * answer/synonyms.txt} and analysed like the index, so they compare as stems. Only single-word
 * entries take part: a multi-word entry would need a phrase.
 */
final class Synonyms {
  private final Map<String, Set<String>> alternatives;

  private Synonyms(Map<String, Set<String>> alternatives) {
    this.alternatives = alternatives;
  }

  static Synonyms load(Analyzer analyzer, String field) {
    Map<String, Set<String>> map = new HashMap<>();
    for (String line : WordFile.lines("/answer/synonyms.txt")) {
      List<String> stems = new ArrayList<>();
      for (String word : line.split(",")) {
        List<QuestionTerms.Token> tokens = QuestionTerms.tokens(analyzer, field, word.strip());
        if (tokens.size() == 1) {
          stems.add(tokens.get(0).term());
        }
      }
      for (String stem : stems) {
        Set<String> others = map.computeIfAbsent(stem, s -> new LinkedHashSet<>());
        stems.stream().filter(s -> !s.equals(stem)).forEach(others::add);
      }
    }
    return new Synonyms(map);
  }

  /** The other stems of the term's groups; empty when it has none. */
  Set<String> of(String term) {
    return alternatives.getOrDefault(term, Set.of());
  }
}
