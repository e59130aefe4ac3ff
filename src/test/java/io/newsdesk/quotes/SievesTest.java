package io.newsdesk.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName(
    "Attribution is an ordered list of named sieves, and each quotation says which decided")
final class SievesTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  @Test
  @DisplayName("sieve, step and post-pass names are unique")
  void uniqueNames() {
    List<String> names = new ArrayList<>();
    Sieves.ORDER.forEach(s -> names.add(s.name()));
    names.add(Sieves.FALLBACK.name());
    Sieves.POST_PASSES.forEach(p -> names.add(p.name()));
    names.add(QuoteExtractor.EMBEDDED_POST);

    assertThat(names).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).isNotBlank());
    assertThat(TrailingAttributions.STEPS.stream().map(s -> s.name())).doesNotHaveDuplicates();
    List<String> leading = new ArrayList<>();
    LeadingAttributions.STEPS.forEach(s -> leading.add(s.name()));
    ReportingVerbReadings.VERB_STEPS.forEach(s -> leading.add(s.name()));
    assertThat(leading).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{2}")
  @DisplayName("the quote starting 'We will win' is decided by the sieve named")
  @CsvSource(
      delimiter = '|',
      value = {
        "“We will win,” Jane Doe said. | Jane Doe | speaker after the quote: X said",
        "“We will win,” said Jane Doe. | Jane Doe | speaker after the quote: said X",
        "“We will win,” according to Jane Doe. | Jane Doe | speaker after the quote: according to X",
        "Jane Doe said: “We will win.” | Jane Doe | speaker before the quote: X said",
        "“It is over,” Jane Doe said. “We will win.” | Jane Doe | continues the quote before it",
        "“We will win,” he said. | | own sentence names nobody: X said",
        "Jane Doe went on:\\n\\n“We will win.” | Jane Doe | paragraph before ends with a colon: X said",
        "“We will win.”\\n\\n- Jane Doe | Jane Doe | name line of a round-up of reactions",
        "They sang the song “We Will Win Tonight” at the rally, Jane Doe said. | | title of a work"
            + " names nobody",
      })
  void decidedBy(String text, String speaker, String sieve) {
    Quotation q =
        QuoteExtractorSeedTest.quoteStarting(
            extractor.extract(TestArticles.of(text.replace("\\n", "\n"))), "We ");

    assertThat(q.speaker().orElse(null)).isEqualTo(speaker);
    assertThat(q.sieve()).isEqualTo(sieve);
  }
}
