package io.newsdesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one article from Markdown or plain text, with or without YAML front matter. The front
 * matter gives title, date, url, source and authors when present; otherwise the title is the
 * headline or first sentence and the publisher the site the article's links point to. A URL or date
 * that the file does not give stays empty.
 */
final class MarkdownArticleReader {
  private static final Logger LOG = LoggerFactory.getLogger(MarkdownArticleReader.class);
  private static final YAMLMapper YAML = new YAMLMapper();

  private MarkdownArticleReader() {}

  static Article read(Path file, String id, String text) throws IngestException {
    String body = text;
    JsonNode front = YAML.createObjectNode();
    if (startsFrontMatter(text)) {
      int end = closingFence(text);
      if (end < 0) {
        throw bad(file, "front matter opened with --- is never closed");
      }
      String yaml = text.substring(text.indexOf('\n') + 1, end);
      body = text.substring(Math.min(text.length(), text.indexOf('\n', end) + 1));
      front = parseYaml(file, yaml);
    }
    MarkdownBody markdown = MarkdownBody.parse(body);
    List<String> paragraphs = new ArrayList<>(markdown.paragraphs());
    Optional<String> url =
        firstText(front, "url", "link", "canonical", "canonical_url", "source_url")
            .or(markdown::trailingLink)
            .flatMap(CleanUrls::clean);
    String title = firstText(front, "title", "headline").orElse("");
    if (title.isBlank() && !paragraphs.isEmpty() && Titles.isHeadline(paragraphs.get(0))) {
      title = paragraphs.remove(0);
    }
    if (paragraphs.isEmpty()) {
      throw new IngestException(
          IngestProblem.of(file, IngestProblem.Kind.EMPTY, "no article text left after cleaning"));
    }
    if (title.isBlank()) {
      title = Titles.infer(paragraphs);
    }
    Optional<String> source =
        firstText(front, "source", "publisher", "site")
            .or(() -> url.flatMap(Hosts::of))
            .or(() -> Hosts.mostLinked(markdown.linkTargets()));
    return new Article(
        id,
        url,
        Whitespace.normalise(title),
        published(file, front),
        source,
        authors(front),
        paragraphs);
  }

  private static boolean startsFrontMatter(String text) {
    return text.startsWith("---\n") || text.startsWith("---\r\n");
  }

  /** Offset of the closing "---" line of the front matter, or -1. */
  private static int closingFence(String text) {
    int from = text.indexOf('\n') + 1;
    while (from > 0 && from < text.length()) {
      int next = text.indexOf('\n', from);
      String line = (next < 0 ? text.substring(from) : text.substring(from, next)).strip();
      if (line.equals("---") || line.equals("...")) {
        return from;
      }
      from = next < 0 ? -1 : next + 1;
    }
    return -1;
  }

  private static JsonNode parseYaml(Path file, String yaml) throws IngestException {
    try {
      JsonNode node = YAML.readTree(yaml);
      if (node == null || node.isMissingNode() || node.isNull()) {
        return YAML.createObjectNode();
      }
      if (!node.isObject()) {
        throw bad(file, "front matter is not a set of key: value pairs");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw bad(
          file,
          "front matter is not valid YAML: "
              + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
  }

  private static Optional<LocalDate> published(Path file, JsonNode front) {
    Optional<String> raw = firstText(front, "date", "published", "pubDate", "published_at");
    Optional<LocalDate> date = raw.flatMap(Dates::parse);
    if (raw.isPresent() && date.isEmpty()) {
      LOG.warn(
          "{}: front matter date '{}' is not a date I can read; the article is kept undated",
          file,
          raw.get());
    }
    return date;
  }

  private static List<String> authors(JsonNode front) {
    List<String> authors = new ArrayList<>();
    for (String key : List.of("authors", "author")) {
      JsonNode node = front.path(key);
      if (node.isArray()) {
        node.forEach(n -> addIfText(authors, n));
      } else {
        addIfText(authors, node);
      }
    }
    return authors;
  }

  private static void addIfText(List<String> out, JsonNode node) {
    if (node.isValueNode() && !node.asText().isBlank()) {
      out.add(node.asText().strip());
    }
  }

  private static Optional<String> firstText(JsonNode front, String... keys) {
    for (String key : keys) {
      JsonNode node = front.path(key);
      if (node.isValueNode() && !node.asText().isBlank()) {
        return Optional.of(node.asText().strip());
      }
    }
    return Optional.empty();
  }

  private static IngestException bad(Path file, String reason) {
    return new IngestException(IngestProblem.of(file, IngestProblem.Kind.BAD_FRONT_MATTER, reason));
  }
}
