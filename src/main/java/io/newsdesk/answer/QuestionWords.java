package io.newsdesk.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    try (InputStream in = QuestionWords.class.getResourceAsStream("/answer/question-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("answer/question-words.txt is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.startsWith("#")) {
          QuestionTerms.tokens(analyzer, field, line).forEach(t -> stems.add(t.term()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
