package io.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsdesk bench} on the seed articles: its line has every figure, and they are sane. */
@DisplayName("The question bench beside bare Lucene, on the seed articles")
final class QuestionBenchTest {
  private static final Path SEEDS = Path.of("seeds");
  private static final List<String> QUESTIONS =
      List.of(
          "Did Hegseth say NATO membership for Ukraine is realistic?",
          "Where did the Ukraine Defense Contact Group meet?",
          "What did the Trump administration move away from?");

  @TempDir Path dir;

  @Test
  @DisplayName("ends with one line holding every figure, ratios above zero")
  void lineHasTheFigures() throws Exception {
    Path questions = dir.resolve("questions.jsonl");
    Files.writeString(
        questions,
        "{\"question\": \""
            + QUESTIONS.get(0)
            + "\", \"as_of\": \"2025-02-20\"}\n"
            + "{\"question\": \""
            + QUESTIONS.get(1)
            + "\"}\n"
            + "{\"question\": \""
            + QUESTIONS.get(2)
            + "\"}\n");
    ByteArrayOutputStream log = new ByteArrayOutputStream();

    String line =
        QuestionBench.run(
                new QuestionBench.Settings(SEEDS, questions, 100, 1, 10, false),
                new PrintStream(log, true, StandardCharsets.UTF_8))
            .line();

    Map<String, Double> figures = figures(line);
    assertThat(figures)
        .as(log.toString(StandardCharsets.UTF_8))
        .containsKeys(
            "questions",
            "newsdesk_p50_ms",
            "newsdesk_p99_ms",
            "bare_p50_ms",
            "bare_p99_ms",
            "p50_ratio",
            "p99_ratio",
            "newsdesk_cpu_p50_ms",
            "bare_cpu_p50_ms",
            "cpu_ratio",
            "newsdesk_alloc_kb",
            "bare_alloc_kb",
            "articles_per_s",
            "bare_articles_per_s",
            "newsdesk_index_mb",
            "bare_index_mb",
            "size_ratio");
    assertThat(figures.get("questions")).isEqualTo(2);
    assertThat(figures.get("articles")).isEqualTo(2);
    assertThat(figures.get("bare_articles")).isEqualTo(2);
    for (String ratio : List.of("p50_ratio", "p99_ratio", "cpu_ratio", "size_ratio")) {
      assertThat(figures.get(ratio)).as(ratio).isPositive();
    }
    assertThat(figures.get("size_ratio_before_vectors")).isLessThan(figures.get("size_ratio"));
    assertThat(figures.get("bare_answered")).isEqualTo(2);
  }

  @Test
  @DisplayName("the bare baseline shows sentences with a word of the question, as of its date")
  void bareBaselineFindsQuestionWords() throws Exception {
    try (BareIndex index =
        BareIndex.build(SEEDS, dir.resolve("bare"), new PrintStream(new ByteArrayOutputStream()))) {
      BareAnswers answers = new BareAnswers(index, 10);

      List<BareAnswers.BareExcerpt> excerpts =
          answers.answer(QUESTIONS.get(0), Optional.of(java.time.LocalDate.of(2025, 2, 20)));
      List<BareAnswers.BareExcerpt> beforeTheNews =
          answers.answer(QUESTIONS.get(0), Optional.of(java.time.LocalDate.of(2020, 1, 1)));

      assertThat(index.built().passages()).isGreaterThanOrEqualTo(2);
      assertThat(excerpts).isNotEmpty().hasSizeLessThanOrEqualTo(10);
      assertThat(excerpts.get(0).text().toLowerCase(Locale.ROOT))
          .containsAnyOf("hegseth", "nato", "membership", "ukraine", "realistic");
      assertThat(beforeTheNews).as("articles published after the question's date").isEmpty();
    }
  }

  private static Map<String, Double> figures(String line) {
    assertThat(line).doesNotContain("\n");
    Map<String, Double> figures = new HashMap<>();
    Arrays.stream(line.split(" "))
        .map(pair -> pair.split("=", 2))
        .forEach(kv -> figures.put(kv[0], Double.parseDouble(kv[1])));
    return figures;
  }
}
