package io.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.ingest.Article;
import io.newsdesk.ingest.ArticleFiles;
import io.newsdesk.ingest.IngestException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Articles are cut into paragraph-sized passages that point into the article text")
final class PassageSplitterTest {

  private static Article article(List<String> paragraphs) {
    return new Article(
        "test",
        Optional.empty(),
        "A title",
        Optional.empty(),
        Optional.empty(),
        List.of(),
        paragraphs);
  }

  /** One paragraph of numbered sentences, each about 70 characters. */
  private static String sentences(int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      out.append(out.isEmpty() ? "" : " ")
          .append("Sentence ")
          .append(i)
          .append(" reports what the council decided about the harbour today.");
    }
    return out.toString();
  }

  private static void assertOffsetsHold(Article article, List<Passage> passages) {
    String text = article.text();
    for (Passage p : passages) {
      assertThat(p.text()).isEqualTo(text.substring(p.start(), p.end()));
      assertThat(p.articleId()).isEqualTo(article.id());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"seeds/000_97c75e727dbce1ad.txt", "seeds/001_1f5bda88c7521d9d.txt"})
  @DisplayName("every passage of a seed article is the article text between its offsets")
  void seedOffsets(String file) throws IngestException {
    Article article = ArticleFiles.readAll(Path.of(file)).articles().get(0);

    List<Passage> passages = PassageSplitter.split(article);

    assertThat(passages).isNotEmpty();
    assertOffsetsHold(article, passages);
    for (int i = 1; i < passages.size(); i++) {
      assertThat(passages.get(i).start()).isGreaterThanOrEqualTo(passages.get(i - 1).end());
    }
  }

  @Test
  @DisplayName("a very long paragraph is cut at sentence ends into passages of at most 1200 chars")
  void longParagraphIsCutOnSentenceEnds() {
    String paragraph = sentences(40);
    Article article = article(List.of(paragraph));

    List<Passage> passages = PassageSplitter.split(article);

    assertThat(paragraph.length()).isGreaterThan(2 * PassageSplitter.MAX_CHARS);
    assertThat(passages).hasSizeGreaterThan(1);
    assertOffsetsHold(article, passages);
    for (Passage p : passages) {
      assertThat(p.text().length()).isLessThanOrEqualTo(PassageSplitter.MAX_CHARS);
      assertThat(p.text()).startsWith("Sentence ").endsWith("today.");
    }
    assertThat(passages.get(passages.size() - 1).end()).isEqualTo(paragraph.length());
  }

  @Test
  @DisplayName("short paragraphs are merged into passages of at least 400 chars")
  void shortParagraphsAreMerged() {
    List<String> paragraphs = new ArrayList<>();
    IntStream.rangeClosed(1, 9)
        .forEach(
            i -> paragraphs.add("Paragraph " + i + ": " + "the ferry ran late again. ".repeat(4)));
    Article article = article(paragraphs);

    List<Passage> passages = PassageSplitter.split(article);

    assertThat(passages).hasSizeLessThan(paragraphs.size()).hasSizeGreaterThan(1);
    assertOffsetsHold(article, passages);
    for (Passage p : passages.subList(0, passages.size() - 1)) {
      assertThat(p.text().length()).isGreaterThanOrEqualTo(PassageSplitter.MIN_CHARS);
      assertThat(p.text()).contains(Article.PARAGRAPH_BREAK);
    }
    assertThat(passages.get(0).start()).isZero();
    assertThat(passages.get(passages.size() - 1).end()).isEqualTo(article.text().length());
  }

  @Test
  @DisplayName("a paragraph already between the limits is one passage")
  void mediumParagraphStaysWhole() {
    String paragraph = sentences(8);
    Article article = article(List.of(paragraph));

    List<Passage> passages = PassageSplitter.split(article);

    assertThat(paragraph.length()).isBetween(PassageSplitter.MIN_CHARS, PassageSplitter.MAX_CHARS);
    assertThat(passages).singleElement().extracting(Passage::text).isEqualTo(paragraph);
  }

  @Test
  @DisplayName("a 5 MB paragraph without one sentence end is cut between words, none over 1200")
  void paragraphWithoutSentenceEndsIsCutBetweenWords() {
    String paragraph = "harbour council ferry timetable ".repeat(5_000_000 / 32).strip();
    Article article = article(List.of("A first short paragraph.", paragraph));

    List<Passage> passages = PassageSplitter.split(article);

    assertOffsetsHold(article, passages);
    assertThat(passages).hasSizeGreaterThan(paragraph.length() / PassageSplitter.MAX_CHARS);
    StringBuilder words = new StringBuilder();
    for (Passage p : passages) {
      assertThat(p.text().length()).isLessThanOrEqualTo(PassageSplitter.MAX_CHARS);
      assertThat(p.text()).doesNotStartWith(" ").doesNotEndWith(" ").doesNotEndWith("harb");
      words.append(words.isEmpty() ? "" : " ").append(p.text());
    }
    assertThat(words.toString()).isEqualTo("A first short paragraph. " + paragraph);
  }

  @Test
  @DisplayName("a run of letters without spaces is cut at the limit, never inside a surrogate pair")
  void runWithoutSpacesIsCutAtTheLimit() {
    String paragraph = "\uD83D\uDCF0".repeat(3000); // 6000 chars of newspaper emoji
    Article article = article(List.of(paragraph));

    List<Passage> passages = PassageSplitter.split(article);

    assertOffsetsHold(article, passages);
    for (Passage p : passages) {
      assertThat(p.text().length()).isBetween(1, PassageSplitter.MAX_CHARS);
      assertThat(Character.isLowSurrogate(p.text().charAt(0))).isFalse();
    }
    assertThat(String.join("", passages.stream().map(Passage::text).toList())).isEqualTo(paragraph);
  }
}
