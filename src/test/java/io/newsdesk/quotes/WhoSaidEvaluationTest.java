package io.newsdesk.quotes;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.ingest.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Measures who-said accuracy on the PolNeAR cases in {@code ../shared/data/polnear} and extraction
 * speed. Evaluation only: runs with {@code -Dnewsdesk.eval=true} when the data folder is there, and
 * prints its figures instead of asserting them.
 *
 * <pre>
 * mvn -q -o test -Dtest='io.newsdesk.quotes.WhoSaidEvaluationTest' -Dnewsdesk.eval=true
 * </pre>
 */
final class WhoSaidEvaluationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DATA =
      Path.of(System.getProperty("newsdesk.data", "../shared/data")).toAbsolutePath().normalize();

  private final QuoteExtractor extractor = new QuoteExtractor();

  @Test
  @DisplayName("who-said accuracy on PolNeAR train and dev")
  void whoSaidAccuracy() throws IOException {
    assumeEvaluation(DATA.resolve("polnear"));
    for (String split : List.of("train", "dev")) {
      Map<String, Article> articles = new HashMap<>();
      for (JsonNode node : readJsonLines(DATA.resolve("polnear/" + split + "-articles.jsonl"))) {
        Article a = toArticle(node);
        articles.put(a.id(), a);
      }
      Map<String, List<Quotation>> extracted = new HashMap<>();
      int correct = 0;
      int unknown = 0;
      int wrong = 0;
      List<JsonNode> cases = readJsonLines(DATA.resolve("polnear/" + split + "-who-said.jsonl"));
      for (JsonNode c : cases) {
        Article article = articles.get(c.get("article_id").asText());
        List<Quotation> quotations =
            extracted.computeIfAbsent(article.id(), id -> extractor.extract(article));
        Optional<Quotation> match = shortestContaining(quotations, c.get("phrase").asText());
        Optional<String> speaker = match.flatMap(Quotation::speaker);
        String key = c.get("speaker_key").asText().toLowerCase(Locale.ROOT);
        String outcome;
        if (speaker.isEmpty()) {
          unknown++;
          outcome = match.isEmpty() ? "MISSING" : "UNKNOWN";
        } else if (speaker.get().toLowerCase(Locale.ROOT).contains(key)) {
          correct++;
          outcome = "OK";
        } else {
          wrong++;
          outcome = "WRONG";
        }
        if (Boolean.getBoolean("newsdesk.eval.verbose") && !outcome.equals("OK")) {
          String context =
              match
                  .map(
                      q ->
                          article
                              .text()
                              .substring(
                                  Math.max(0, q.start() - 300),
                                  Math.min(article.text().length(), q.end() + 120)))
                  .orElse(c.get("quote").asText());
          System.out.printf(
              "%s | gold=%s | got=%s | %s%n",
              outcome, c.get("speaker").asText(), speaker.orElse("-"), context.replace("\n", "¶"));
        }
      }
      int n = cases.size();
      System.out.printf(
          Locale.ROOT,
          "who-said %s: cases=%d speaker_acc=%.3f unknown=%.3f wrong=%.3f%n",
          split,
          n,
          correct / (double) n,
          unknown / (double) n,
          wrong / (double) n);
    }
  }

  @Test
  @DisplayName("extraction speed on real articles")
  void extractionSpeed() throws IOException {
    Path corpus = DATA.resolve("realtimeqa/articles.jsonl.gz");
    assumeEvaluation(corpus);
    List<Article> articles = new ArrayList<>();
    long chars = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null && articles.size() < 3000; ) {
        Article a = toArticle(JSON.readTree(line));
        articles.add(a);
        chars += a.text().length();
        line = in.readLine();
      }
    }
    for (Article a : articles) {
      extractor.extract(a); // warm-up
    }
    long quotes = 0;
    long begin = System.nanoTime();
    for (Article a : articles) {
      quotes += extractor.extract(a).size();
    }
    double ms = (System.nanoTime() - begin) / 1e6;
    System.out.printf(
        Locale.ROOT,
        "speed: %d articles, %.0f chars/article, %d quotations, %.3f ms/article, %.3f ms/8k chars%n",
        articles.size(),
        chars / (double) articles.size(),
        quotes,
        ms / articles.size(),
        ms / (chars / 8000.0));
  }

  private static void assumeEvaluation(Path data) {
    assumeTrue(
        Boolean.getBoolean("newsdesk.eval"), "evaluation runs only with -Dnewsdesk.eval=true");
    assumeTrue(Files.exists(data), "evaluation data not found at " + data + ": skipped");
  }

  static Optional<Quotation> shortestContaining(List<Quotation> quotations, String phrase) {
    String needle = normalize(phrase);
    Quotation best = null;
    for (Quotation q : quotations) {
      if (normalize(q.text()).contains(needle)
          && (best == null || q.text().length() < best.text().length())) {
        best = q;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String normalize(String s) {
    return s.replaceAll("[\u201C\u201D\u201E\u201F\u2033]", "\"")
        .replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static Article toArticle(JsonNode node) {
    List<String> paragraphs = new ArrayList<>();
    for (String p : node.path("text").asText("").split("\n\n")) {
      if (!p.isBlank()) {
        paragraphs.add(p.strip());
      }
    }
    List<String> authors = new ArrayList<>();
    node.path("authors").forEach(a -> authors.add(a.asText()));
    return new Article(
        node.get("id").asText(),
        text(node, "url"),
        text(node, "title").orElse(""),
        text(node, "published").flatMap(WhoSaidEvaluationTest::date),
        text(node, "source"),
        authors,
        paragraphs);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  private static Optional<LocalDate> date(String s) {
    try {
      return Optional.of(LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static List<JsonNode> readJsonLines(Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }
}
