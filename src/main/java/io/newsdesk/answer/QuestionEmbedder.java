package io.newsdesk.answer;

import java.util.Optional;

/** A question's vector for semantic retrieval, or none when it is off. Wired in by the app. */
@FunctionalInterface
public interface QuestionEmbedder {
  Optional<float[]> embed(String question);

  /** No vectors: questions are answered by their words only. */
  QuestionEmbedder NONE = question -> Optional.empty();
}
