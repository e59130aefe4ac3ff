package io.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A corpus scaled for the bench: copies with new ids and addresses, older dates")
final class ScaledCorpusTest {
  @TempDir Path dir;

  @Test
  @DisplayName("three copies: the original first, then each copy 30 days older, text unchanged")
  void threeCopies() throws Exception {
    Path corpus = dir.resolve("articles.jsonl");
    Files.writeString(
        corpus,
        """
        {"id": "a1", "url": "https://example.com/a1", "title": "Ferry", "published": "2024-03-15", "text": "The ferry sailed."}

        {"id": "a2", "title": "Bridge", "published": "2024-01-10T08:00:00Z", "text": "The bridge opened."}
        """);
    Path out = dir.resolve("scaled.jsonl.gz");

    long written = ScaledCorpus.write(corpus, 3, out);

    List<JsonNode> articles = read(out);
    assertThat(written).isEqualTo(6);
    assertThat(articles)
        .extracting(a -> a.path("id").asText())
        .containsExactly("a1", "a2", "a1-copy1", "a2-copy1", "a1-copy2", "a2-copy2");
    assertThat(articles.get(2).path("url").asText()).isEqualTo("https://example.com/a1-copy1");
    assertThat(articles.get(2).path("published").asText()).isEqualTo("2024-02-14");
    assertThat(articles.get(5).path("published").asText()).isEqualTo("2023-11-11T08:00:00Z");
    assertThat(articles.get(5).path("text").asText()).isEqualTo("The bridge opened.");
    assertThat(articles.get(3).has("url")).as("no address is invented").isFalse();
  }

  private static List<JsonNode> read(Path gz) throws Exception {
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
      return in.lines().map(l -> readTree(json, l)).toList();
    }
  }

  private static JsonNode readTree(ObjectMapper json, String line) {
    try {
      return json.readTree(line);
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }
}
