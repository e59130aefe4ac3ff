package io.newsdesk.whosaid;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.index.TestIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Pairs of quotations as two articles of the polnear sets print them. */
@DisplayName("Two articles print the same quotation when they share its words in runs")
final class SameQuotationTest {
  private static final String LATINOS_READER =
      "No double minority (a woman who is Mexican -American as I am) wants a man who refers to"
          + " their Mexican immigrant great grandma as a criminal and or other erroneous and"
          + " blatantly ignorant and racially derogatory insults as a leader of a our nation, a"
          + " nation that soon will be dominant with people of Mexican decent.";

  @TempDir static Path dir;
  private static TestIndex index;
  private static Analyzer analyzer;

  @BeforeAll
  static void open() throws IOException {
    index = TestIndex.open(dir);
    analyzer = index.analyzer();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static boolean same(String a, String b) {
    return SameQuotation.same(SameQuotation.words(analyzer, a), SameQuotation.words(analyzer, b));
  }

  @ParameterizedTest(name = "[{index}] {0} | {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "to be clear … there will not be U.S. troops deployed to Ukraine."
            + " | there will not be U.S. troops deployed to Ukraine",
        "He is becoming ISIS's best recruiter,"
            + " | He is becoming ISIS’ best recruiter. They are going to people, showing videos of"
            + " Donald Trump insulting Islam and Muslims in order to recruit more radical jihadists.",
        "What difference - at this point, what difference does it make?"
            + " | What difference at this point does it make?",
        "We need very strong leadership. We need very, very strong leadership. And I’m just not"
            + " quite there yet. I’m not quite there yet. | I’m not quite there yet,",
        "Donald Trump's ignorant view of Islam could make both our countries less safe"
            + " | Donald Trump‘s ignorant view of Islam could make both our countries less safe",
      })
  @DisplayName("the same words, cut shorter, with an ellipsis or other apostrophes, are the same")
  void sameQuotation(String a, String b) {
    assertThat(same(a, b)).isTrue();
    assertThat(same(b, a)).isTrue();
  }

  static Stream<Arguments> otherQuotations() {
    return Stream.of(
        Arguments.of("This is in their heads. This is in their consciousness,", LATINOS_READER),
        Arguments.of("No, this is not politics,", LATINOS_READER),
        Arguments.of(
            "No, this is not politics,",
            "The solution to transgender bathroom issues is not politics, but personal property."),
        Arguments.of(
            "I know. I know. That’s why I think this is a very dangerous political moment in our"
                + " country,",
            "You know what? This is all I got, OK? This is all I got, and all I can say is thank"
                + " you from the bottom of my heart, but I want you to know something"),
        Arguments.of("realistic", "NATO membership for Ukraine is a realistic outcome"));
  }

  @ParameterizedTest(name = "[{index}] {0} | {1}")
  @MethodSource("otherQuotations")
  @DisplayName("quotations that only share words, or a word, are not the same")
  void otherQuotation(String a, String b) {
    assertThat(same(a, b)).isFalse();
    assertThat(same(b, a)).isFalse();
  }

  @Test
  @DisplayName("a run repeated in one quotation counts once: 'I know. I know.' shares one run")
  void repeatedRunCountsOnce() {
    List<String> twice = SameQuotation.words(analyzer, "I know it. I know it.");
    List<String> once = SameQuotation.words(analyzer, "Yes, I know it, and so does she.");

    assertThat(SameQuotation.shared(twice, once)).isEqualTo(3);
  }
}
