package io.newsdesk.whosaid;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.answer.AnswerService;
import io.newsdesk.index.TestIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long quotation holds most common words somewhere. On the pattern of a polnear case ("I don’t
 * know what it’s going to take" found a long Bernie Sanders answer about other things), the
 * reworded lookup must find a phrase's words close together, not anywhere in a speech.
 */
@DisplayName("Who said it: a reworded phrase is found only where its words stand together")
final class RewordedPhraseTest {
  @TempDir static Path dir;
  private static TestIndex index;
  private static WhoSaidService service;

  @BeforeAll
  static void indexSpeeches() throws IOException {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        articles.resolve("rally.txt"),
        """
        Sanders speaks in Ohio.

        Senator Bernie Sanders spoke to a crowd in Ohio on Monday.

        “Billionaires do not need another tax break. What they're doing to working families \
        is wrong, and everybody in this room knows it. We are going to take on the big money \
        interests in this country, we are going to win in November, and I told the donors so \
        myself,” Bernie Sanders said.
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
  @DisplayName("words spread over a long answer are not what was said: nobody is named")
  void wordsSpreadOverALongAnswer() {
    // Written out and with "told" for "say", every word is in the answer, but far apart.
    WhoSaidAnswer answer = service.whoSaid("I don’t know what they’re going to say");

    assertThat(answer.status())
        .isIn(EnumSet.of(WhoSaidAnswer.Status.NO_MATCH, WhoSaidAnswer.Status.NOT_A_QUOTE));
    assertThat(answer.quote()).isEmpty();
  }
}
