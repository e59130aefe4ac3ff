package io.newsdesk.quotes;

import static io.newsdesk.quotes.QuoteExtractorSeedTest.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Attribution patterns found in news text beyond the simple "“…,” X said". */
final class AttributionPatternTest {

  private final QuoteExtractor extractor = new QuoteExtractor();

  @ParameterizedTest(name = "{0}")
  @DisplayName("the speaker of the quote starting 'We will win' is named")
  @CsvSource(
      delimiter = '|',
      value = {
        "straight open, curly close | Jane Doe spoke. \"We will win,” said Doe. \"Soon.\" | Jane Doe",
        "party tag after the name | “We will win,” Sen. Jane Doe (D-N.Y.) said. | Jane Doe",
        "noun after a possessive is no verb | Jane Doe disliked Roe’s comments, telling"
            + " reporters, “We will win.” | Jane Doe",
        "description before the name after the verb | “We will win,” said former party adviser"
            + " Jane Doe. | Jane Doe",
      })
  void named(String pattern, String text, String speaker) {
    assertThat(quoteStarting(extractor.extract(TestArticles.of(text)), "We will win").speaker())
        .contains(speaker);
  }
}
