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
public final class Synonyms {
  public static final String ANSWER_LIST = "/answer/synonyms.txt";

  private final Map<String, Set<String>> alternatives;

  private Synonyms(Map<String, Set<String>> alternatives) {
    this.alternatives = alternatives;
  }

  static Synonyms load(Analyzer analyzer, String field) {
    return load(analyzer, field, List.of(ANSWER_LIST));
  }

  /** The groups of several lists, as one: a word in groups of two lists has the words of both. */
  public static Synonyms load(Analyzer analyzer, String field, List<String> resources) {
    Map<String, Set<String>> map = new HashMap<>();
    List<String> lines = new ArrayList<>();
    resources.forEach(resource -> lines.addAll(WordFile.lines(resource)));
    for (String line : lines) {
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
  public Set<String> of(String term) {
    return alternatives.getOrDefault(term, Set.of());
  }
}
