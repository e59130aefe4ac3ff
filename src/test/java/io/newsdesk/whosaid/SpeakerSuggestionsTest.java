package io.newsdesk.whosaid;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.answer.AnswerService;
import io.newsdesk.index.TestIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Speaker suggestions offer people by name, not the unnamed people an article describes. */
final class SpeakerSuggestionsTest {

  @TempDir static Path dir;
  private static TestIndex index;
  private static WhoSaidService service;

  @BeforeAll
  static void indexReactions() throws IOException {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        articles.resolve("reactions.txt"),
        """
        Readers react to the county vote.

        Jane Doe, the county clerk, spoke in Ohio on Monday after the count.

        “We will count every single ballot again,” Jane Doe said.

        “It is a disgrace to the whole nation,” another commenter wrote.

        “This is what we expected all along,” a spokesman said.

        “Nobody here is surprised by any of it,” one wrote.
        """);
    index = TestIndex.open(dir.resolve("index"));
    assertThat(index.update(List.of(articles)).indexed()).isEqualTo(1);

    service =
        new WhoSaidService(index.index(), new AnswerService(index.index(), Clock.systemUTC()));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  @DisplayName("the unnamed speakers are stored as described, but only named people are suggested")
  void onlyNamedPeopleSuggested() {
    assertThat(service.whoSaid("disgrace to the whole nation").quote())
        .hasValueSatisfying(q -> assertThat(q.speaker()).contains("another commenter"));
    assertThat(service.suggestSpeakers("", 10)).containsExactly("Jane Doe");
    assertThat(service.suggestSpeakers("comment", 10)).isEmpty();
    assertThat(service.suggestSpeakers("spokes", 10)).isEmpty();
  }

  @Test
  @DisplayName("a speaker counts as named when it starts with a capital or an account handle")
  void namedSpeakers() {
    assertThat(SpeakerQuotes.isNamed("Mark Rutte")).isTrue();
    assertThat(SpeakerQuotes.isNamed("@janedoe")).isTrue();
    assertThat(SpeakerQuotes.isNamed("Another commenter")).isFalse();
    assertThat(SpeakerQuotes.isNamed("a spokesman")).isFalse();
    assertThat(SpeakerQuotes.isNamed("")).isFalse();
  }
}
