package io.newsdesk.answer;

import io.newsdesk.words.WordFile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The words that only make a sentence a question ("what", "did", "tell me about"), read from {@code
 * answer/question-words.txt} and analysed like the index.
 */
final class QuestionWords {
  private final Set<String> stems;

  private QuestionWords(Set<String> stems) {
    this.stems = stems;
  }

  static QuestionWords load(Analyzer analyzer, String field) {
    Set<String> stems = new HashSet<>();
    for (String line : WordFile.lines("/answer/question-words.txt")) {
      QuestionTerms.tokens(analyzer, field, line).forEach(t -> stems.add(t.term()));
    }
    return new QuestionWords(stems);
  }

  /** The tokens without question words; all of them when nothing else is left. */
  List<QuestionTerms.Token> strip(List<QuestionTerms.Token> tokens) {
    List<QuestionTerms.Token> kept =
        tokens.stream().filter(t -> !stems.contains(t.term())).toList();
    return kept.isEmpty() ? tokens : kept;
  }
}
