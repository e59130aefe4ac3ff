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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The articles listed under a quotation, on the pattern of a polnear dev case: Pat Caddell's words
 * printed by one paper on two days and by a radio site, and a reader's letter that uses the same
 * words in another order.
 */
@DisplayName("Who said it: the articles that carry the quotation, each once")
final class QuoteSourcesTest {
  private static final String CADDELL =
      "“This is in their heads. This is in their consciousness,” Caddell said.";
  private static final String PAPER_TITLE =
      "Pat Caddell: voters worried about the candidate's health";

  @TempDir static Path dir;
  private static TestIndex index;
  private static WhoSaidService service;

  @BeforeAll
  static void indexArticles() throws IOException {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        articles.resolve("articles.jsonl"),
        String.join(
            "\n",
            article("caddell-mon", null, PAPER_TITLE, "2016-09-12", "wash-post", CADDELL),
            article("caddell-tue", null, PAPER_TITLE, "2016-09-13", "wash-post", CADDELL),
            article(
                "caddell-radio",
                "https://radio.example.com/caddell-health",
                "Caddell on the health question",
                "2016-09-14",
                "radio.example.com",
                "“This is in their heads. This is in their consciousness,” he said of voters."),
            article(
                "readers",
                "https://letters.example.com/readers",
                "Thirty readers on the election",
                "2016-09-15",
                "letters.example.com",
                "“Nobody in their right mind wants this. It is in the heads of every voter I"
                    + " know, and in the public consciousness for good.”")));
    index = TestIndex.open(dir.resolve("index"));
    assertThat(index.update(List.of(articles)).indexed()).isEqualTo(4);

    service =
        new WhoSaidService(index.index(), new AnswerService(index.index(), Clock.systemUTC()));
  }

  private static String article(
      String id, String url, String title, String day, String source, String quote) {
    String lead = "The pollster Pat Caddell spoke about the race on the radio.";
    return String.format(
        "{\"id\": \"%s\", \"url\": %s, \"title\": \"%s\", \"published\": \"%s\","
            + " \"source\": \"%s\", \"text\": \"%s\\n\\n%s\\n\\n%s\"}",
        id, url == null ? "null" : "\"" + url + "\"", title, day, source, title, lead, quote);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static List<String> listed(WhoSaidAnswer answer) {
    return answer.sources().stream().map(s -> s.citation().articleId()).toList();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {"This is in their heads. This is in their consciousness", "consciousness"})
  @DisplayName("a letter that shares the quotation's words, but not the quotation, is not listed")
  void letterSharingWordsNotListed(String phrase) {
    WhoSaidAnswer answer = service.whoSaid(phrase);

    assertThat(answer.status()).isEqualTo(WhoSaidAnswer.Status.FOUND);
    assertThat(answer.quote().orElseThrow().speaker()).contains("Pat Caddell");
    assertThat(listed(answer)).contains("caddell-radio").doesNotContain("readers");
  }

  @Test
  @DisplayName("the story printed on two days under one headline is listed once, as is the radio")
  void everyArticleOnce() {
    WhoSaidAnswer answer = service.whoSaid("This is in their heads");

    assertThat(listed(answer)).hasSize(2).contains("caddell-radio");
    assertThat(listed(answer)).containsAnyOf("caddell-mon", "caddell-tue");
    assertThat(listed(answer)).contains(answer.quote().orElseThrow().citation().articleId());
  }
}
