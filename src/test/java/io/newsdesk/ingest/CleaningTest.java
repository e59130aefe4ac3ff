package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Cleaning keeps the article's words and drops what is not the article")
final class CleaningTest {
  @Test
  @DisplayName("hard-wrapped lines are joined, one-paragraph-per-line text is kept apart")
  void lineBreaks() {
    List<String> paragraphs =
        LineJoiner.paragraphs(
            List.of(
                "The minister said on Tuesday that the budget would be presented to parliament",
                "next week, after months of delay.",
                "Opposition reacts",
                "Critics called the plan late."));
    assertThat(paragraphs)
        .containsExactly(
            "The minister said on Tuesday that the budget would be presented to parliament next week, after months of delay.",
            "Opposition reacts",
            "Critics called the plan late.");
  }

  @Test
  @DisplayName("runs of blank lines, bare links and ad markers disappear")
  void boilerplate() {
    List<String> cleaned =
        JsonlArticleReader.paragraphs(
            "First paragraph.\n\n\n\n\nAdvertisement\n\nhttps://tracking.example.com/x?utm_source=y\n\nSecond paragraph.");
    assertThat(cleaned).containsExactly("First paragraph.", "Second paragraph.");
  }

  @Test
  @DisplayName("whitespace is normalised: no-break spaces and runs become one space")
  void whitespace() {
    assertThat(Whitespace.normalise("  a\u00A0\u00A0b \t\n c  ")).isEqualTo("a b c");
    assertThat(Whitespace.normalise("plain")).isEqualTo("plain");
  }

  @Test
  @DisplayName("Markdown links keep their text; images and in-page links go")
  void markdown() {
    MarkdownBody body =
        MarkdownBody.parse(
            "![photo](https://cdn.example.com/a.jpg)\nThe mayor [spoke](https://news.example.com/a) today.\n\n[Close](#widget)\n\n[source](https://news.example.com/story)\n");
    assertThat(body.paragraphs()).containsExactly("The mayor spoke today.");
    assertThat(body.trailingLink()).contains("https://news.example.com/story");
  }
}
