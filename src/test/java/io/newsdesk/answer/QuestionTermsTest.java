package io.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.index.Fields;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A passage's words that count for a question are found where all its words are")
final class QuestionTermsTest {
  private static final Analyzer ENGLISH = new EnglishAnalyzer();

  @Test
  @DisplayName("the counted tokens are the question's terms and synonyms, at their own places")
  void countedTokens() {
    String passage =
        "Finland formally joined NATO on Tuesday, and its membership doubles the alliance's"
            + " border with Russia.";
    QueryTerms terms =
        new QueryTerms(Map.of("nato", 2.0, "join", 1.0), Map.of("join", Set.of("membership")));

    assertThat(QuestionTerms.counted(ENGLISH, Fields.TEXT, passage, terms))
        .isEqualTo(
            QuestionTerms.tokens(ENGLISH, Fields.TEXT, passage).stream()
                .filter(t -> Set.of("nato", "join", "membership").contains(t.term()))
                .toList())
        .extracting(QuestionTerms.Token::term)
        .containsExactly("join", "nato", "membership");
  }
}
