package io.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Sentences end where news sentences end, not at abbreviations")
final class SentenceTest {
  private static List<String> texts(String passage) {
    return Sentence.of(passage).stream().map(s -> s.text(passage)).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Speaking ahead of a meeting of the U.S.-led Ukraine Defense Contact Group, he spoke.",
        "Sen. Chuck Schumer, D-N.Y., said the vote would come on Jan. 6 at the latest.",
        "Mr. Smith told the U.S. Army that Gov. Ron DeSantis had not called him back.",
        "The rate fell 3.5 percent, Lt. Gen. John Doe of Calif. said on Sept. 3 in St. Louis.",
      })
  @DisplayName("an abbreviation inside a sentence does not end it")
  void abbreviations(String sentence) {
    assertThat(texts(sentence)).containsExactly(sentence);
  }

  @Test
  @DisplayName("sentences and paragraphs are split, trimmed, and keep their offsets")
  void splits() {
    String passage = "He left at noon. She came later!\n\nA heading\n\nWhy? Nobody knows.";

    assertThat(texts(passage))
        .containsExactly(
            "He left at noon.", "She came later!", "A heading", "Why?", "Nobody knows.");
    assertThat(Sentence.of(passage).get(2).wholeParagraph()).isTrue();
    assertThat(Sentence.of(passage).get(0).wholeParagraph()).isFalse();
  }
}
