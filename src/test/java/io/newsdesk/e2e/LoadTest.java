package io.newsdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.bench.LoadBench;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 users asking at once while 10,000 articles are indexed into the live index they read: every
 * question is answered without an error. (How fast is {@code newsdesk bench load}'s business.)
 */
@DisplayName("200 users ask while 10,000 articles are indexed: no question fails")
final class LoadTest {
  private static final List<String> TOPICS =
      List.of("ferry", "harbour", "lighthouse", "bridge", "library", "council", "storm", "market");

  @TempDir Path dir;

  @Test
  @DisplayName("every question is answered, none fails, while the index grows")
  void questionsDuringIngest() throws Exception {
    Path articles = dir.resolve("articles.jsonl");
    try (Writer out = Files.newBufferedWriter(articles, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= 10_000; i++) {
        String topic = TOPICS.get(i % TOPICS.size());
        out.write(
            "{\"id\": \"a"
                + i
                + "\", \"title\": \"The "
                + topic
                + " report "
                + i
                + "\", \"published\": \"2025-03-04\", \"text\": \"The "
                + topic
                + " committee met for the "
                + i
                + "th time on Monday. “We will decide on the "
                + topic
                + " next week,” its chair, Jane Doe, said.\"}\n");
      }
    }
    Path questions = dir.resolve("questions.jsonl");
    try (Writer out = Files.newBufferedWriter(questions, StandardCharsets.UTF_8)) {
      for (String topic : TOPICS) {
        out.write(
            "{\"id\": \"q-"
                + topic
                + "\", \"question\": \"What did the "
                + topic
                + " committee decide?\", \"answers\": [\"next week\"], \"as_of\": \"2025-03-05\","
                + " \"relevant_article_ids\": []}\n");
      }
    }
    ByteArrayOutputStream log = new ByteArrayOutputStream();

    LoadBench.Result result =
        LoadBench.run(
            articles, 10_000, questions, 200, new PrintStream(log, true, StandardCharsets.UTF_8));

    assertThat(result.errors()).as(log.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(result.articles()).isEqualTo(10_000);
    assertThat(result.questions()).isGreaterThanOrEqualTo(200);
    assertThat(result.answered()).as("answers while the index grew").isPositive();
  }
}
