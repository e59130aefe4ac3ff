package io.newsdesk.whosaid;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.answer.AnswerService;
import io.newsdesk.index.TestIndex;
import io.newsdesk.ingest.ArticleFiles;
import io.newsdesk.ingest.IngestException;
import io.newsdesk.search.QuoteRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Who said it: quotations in the seed articles and their speakers")
final class WhoSaidServiceTest {
  private static final String GREEK_REPORTER = "000_97c75e727dbce1ad";
  private static final String THE_HILL = "001_1f5bda88c7521d9d";
  private static final String THE_HILL_URL =
      "https://thehill.com/policy/defense/5140389-hegseth-nato-membership-ukraine-russia/";
  private static final Map<String, Path> FILES =
      Map.of(
          GREEK_REPORTER, Path.of("seeds", GREEK_REPORTER + ".txt"),
          THE_HILL, Path.of("seeds", THE_HILL + ".txt"));

  @TempDir static Path dir;
  private static TestIndex index;
  private static WhoSaidService service;

  @BeforeAll
  static void indexSeeds() throws IOException {
    index = TestIndex.open(dir);
    assertThat(index.update(List.of(Path.of("seeds"))).indexed()).isEqualTo(2);

    service =
        new WhoSaidService(index.index(), new AnswerService(index.index(), Clock.systemUTC()));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  /** Every quotation is the stored article text between its offsets. */
  private static void assertVerbatim(QuoteRecord quote) {
    try {
      Path file = FILES.get(quote.citation().articleId());
      String text = ArticleFiles.readAll(file).articles().get(0).text();
      assertThat(quote.text()).isEqualTo(text.substring(quote.start(), quote.end()));
    } catch (IngestException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertAllVerbatim(WhoSaidAnswer answer) {
    answer.quote().ifPresent(WhoSaidServiceTest::assertVerbatim);
    answer.sources().forEach(WhoSaidServiceTest::assertVerbatim);
  }

  @Test
  @DisplayName("'NATO membership is not realistic' was said by Defense Secretary Pete Hegseth")
  void hegsethOnNato() {
    WhoSaidAnswer answer = service.whoSaid("NATO membership is not realistic");

    assertThat(answer.status()).isEqualTo(WhoSaidAnswer.Status.FOUND);
    QuoteRecord quote = answer.quote().orElseThrow();
    assertThat(quote.speaker()).contains("Pete Hegseth");
    assertThat(quote.role()).hasValueSatisfying(r -> assertThat(r).contains("Defense Secretary"));
    assertThat(answer.sources())
        .extracting(s -> s.citation().articleId())
        .contains(GREEK_REPORTER, THE_HILL);
    assertThat(answer.sources())
        .extracting(s -> s.citation().url())
        .contains(Optional.of(THE_HILL_URL));
    assertAllVerbatim(answer);
  }

  @Test
  @DisplayName("'We must equalize security assistance to Ukraine' was said by Mark Rutte of NATO")
  void rutteOnAssistance() {
    WhoSaidAnswer answer = service.whoSaid("We must equalize security assistance to Ukraine");

    assertThat(answer.status()).isEqualTo(WhoSaidAnswer.Status.FOUND);
    QuoteRecord quote = answer.quote().orElseThrow();
    assertThat(quote.speaker()).contains("Mark Rutte");
    assertThat(quote.role())
        .hasValueSatisfying(r -> assertThat(r).contains("NATO Secretary General"));
    assertThat(quote.text()).contains("We must equalize security assistance to Ukraine");
    assertAllVerbatim(answer);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "there will not be U.S. troops deployed to Ukraine",
        "there will not be US troops sent to Ukraine",
        "U.S. troops will not be deployed to Ukraine there",
        "NATO membership for Ukraine is a realistic outcome of a peace settlement",
        "a realistic outcome of a negotiated settlement is NATO membership for Ukraine",
      })
  @DisplayName("Hegseth's words, exact, with one word changed or reordered, still find Hegseth")
  void hegsethPhrases(String phrase) {
    WhoSaidAnswer answer = service.whoSaid(phrase);

    assertThat(answer.status()).isEqualTo(WhoSaidAnswer.Status.FOUND);
    assertThat(answer.quote().orElseThrow().speaker()).contains("Pete Hegseth");
    assertAllVerbatim(answer);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "there won't be American troops in Ukraine",
        "there won’t be American soldiers in Ukraine",
      })
  @DisplayName("Hegseth's words as remembered (won't, American, soldiers) still find Hegseth")
  void hegsethReworded(String phrase) {
    WhoSaidAnswer answer = service.whoSaid(phrase);

    assertThat(answer.status()).isEqualTo(WhoSaidAnswer.Status.FOUND);
    QuoteRecord quote = answer.quote().orElseThrow();
    assertThat(quote.speaker()).contains("Pete Hegseth");
    assertThat(quote.text()).contains("there will not be U.S. troops deployed to Ukraine");
    assertThat(answer.foundBy()).contains("reworded");
    assertAllVerbatim(answer);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "European troops won't be sent to Ukraine",
        "there won't be peace in Europe",
        "purple giraffes won't be dancing in Helsinki harbour",
      })
  @DisplayName("a phrase nobody said, even in words of a quotation, names nobody")
  void unrelatedPhraseNamesNobody(String phrase) {
    WhoSaidAnswer answer = service.whoSaid(phrase);

    assertThat(answer.status())
        .isIn(EnumSet.of(WhoSaidAnswer.Status.NO_MATCH, WhoSaidAnswer.Status.NOT_A_QUOTE));
    assertThat(answer.quote()).isEmpty();
    assertThat(answer.sources()).isEmpty();
  }

  @Test
  @DisplayName(
      "words that are in the news but in nobody's quotation are NOT_A_QUOTE, with mentions")
  void wordsOutsideQuotations() {
    WhoSaidAnswer answer =
        service.whoSaid("the Trump administration moves away from prioritizing European security");

    assertThat(answer.status()).isEqualTo(WhoSaidAnswer.Status.NOT_A_QUOTE);
    assertThat(answer.quote()).isEmpty();
    assertThat(answer.mentions()).isNotEmpty();
    assertThat(answer.mentions().get(0).text())
        .contains("Trump administration moves away from prioritizing European security");
  }

  @Test
  @DisplayName("words that are nowhere in the news are NO_MATCH")
  void nothingMatches() {
    WhoSaidAnswer answer = service.whoSaid("purple giraffes were dancing in Helsinki harbour");

    assertThat(answer.status()).isEqualTo(WhoSaidAnswer.Status.NO_MATCH);
    assertThat(answer.quote()).isEmpty();
    assertThat(answer.sources()).isEmpty();
    assertThat(answer.mentions()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"", "   ", "\"\"\"\"", "“”„‟", "*", "AND OR NOT", "(((", "\\"})
  @DisplayName("phrases without words are EMPTY or NO_MATCH and never throw")
  void hostilePhrases(String phrase) {
    WhoSaidAnswer answer = service.whoSaid(phrase);

    assertThat(answer.status())
        .isIn(EnumSet.of(WhoSaidAnswer.Status.EMPTY, WhoSaidAnswer.Status.NO_MATCH));
    assertThat(answer.quote()).isEmpty();
  }

  @Test
  @DisplayName("a 10,000-character phrase and a null phrase give an answer, not an exception")
  void hugeAndNullPhrases() {
    WhoSaidAnswer huge = service.whoSaid("quetzal ".repeat(2_000));
    WhoSaidAnswer none = service.whoSaid(null);

    assertThat(huge.status()).isEqualTo(WhoSaidAnswer.Status.NO_MATCH);
    assertThat(huge.phrase().length()).isLessThanOrEqualTo(WhoSaidService.MAX_PHRASE_CHARS);
    assertThat(none.status()).isEqualTo(WhoSaidAnswer.Status.EMPTY);
  }

  @Test
  @DisplayName("quotesBy('Hegseth') lists Pete Hegseth's quotations, newest first")
  void quotesByHegseth() {
    List<QuoteRecord> quotes = service.quotesBy("Hegseth", 20);

    assertThat(quotes).hasSizeGreaterThan(1);
    assertThat(quotes).allSatisfy(q -> assertThat(q.speaker()).contains("Pete Hegseth"));
    quotes.forEach(WhoSaidServiceTest::assertVerbatim);
    List<Long> days = new ArrayList<>();
    quotes.forEach(
        q -> days.add(q.citation().published().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE)));
    assertThat(days).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(quotes.get(0).citation().articleId()).isEqualTo(THE_HILL);
  }

  @Test
  @DisplayName("quotesBy a name nobody has is empty")
  void quotesByNobody() {
    assertThat(service.quotesBy("Zelda Quetzalcoatl", 5)).isEmpty();
    assertThat(service.quotesBy("", 5)).isEmpty();
  }

  @Test
  @DisplayName("typing 'we must eq' suggests Rutte's quotation")
  void suggestQuotes() {
    List<QuoteRecord> suggestions = service.suggestQuotes("we must eq", 5);

    assertThat(suggestions)
        .anySatisfy(
            q -> {
              assertThat(q.text()).contains("We must equalize security assistance to Ukraine");
              assertThat(q.speaker()).hasValueSatisfying(s -> assertThat(s).contains("Rutte"));
            });
    suggestions.forEach(WhoSaidServiceTest::assertVerbatim);
  }

  @Test
  @DisplayName("typing 'rut' suggests the speaker Mark Rutte")
  void suggestSpeakers() {
    assertThat(service.suggestSpeakers("rut", 5)).contains("Mark Rutte");
    assertThat(service.suggestSpeakers("RUT", 5)).contains("Mark Rutte");
    assertThat(service.suggestSpeakers("zzq", 5)).isEmpty();
  }
}
