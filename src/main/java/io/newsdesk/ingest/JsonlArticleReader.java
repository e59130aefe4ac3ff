package io.newsdesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Bulk import: one JSON article per line, plain or gzip-compressed. A bad line is reported with its
 * line number and skipped; the lines around it still load.
 */
final class JsonlArticleReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

  private JsonlArticleReader() {}

  static boolean handles(Path file) {
    String name = file.getFileName().toString().toLowerCase();
    return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson");
  }

  /**
   * Streams the file's lines to {@code sink} as pending articles, parsed later (and on any thread);
   * returns the problems that end the file early.
   */
  static List<IngestProblem> read(Path file, Consumer<PendingArticle> sink) throws IngestException {
    List<IngestProblem> problems = new ArrayList<>();
    long lineNumber = 0;
    int articles = 0;
    String held = null;
    long heldNumber = 0;
    CountedInput raw;
    try {
      raw = new CountedInput(Files.newInputStream(file));
    } catch (IOException e) {
      throw new IngestException(
          IngestProblem.of(file, IngestProblem.Kind.UNREADABLE, ArticleFiles.describe(e)));
    }
    GzipTail gzip;
    try {
      gzip = GzipTail.of(file, raw);
    } catch (IOException e) {
      closeQuietly(raw);
      throw new IngestException(
          IngestProblem.of(file, IngestProblem.Kind.UNREADABLE, ArticleFiles.describe(e)));
    }
    try (gzip;
        BufferedReader reader = reader(gzip)) {
      // Each line is handed on when the next is read: the last line of data that ends early
      // (a cut-off download) is known to be incomplete and is not parsed as JSON.
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (held != null) {
          hand(file, heldNumber, held, raw.count(), sink);
          articles++;
        }
        held = line.isBlank() ? null : line;
        heldNumber = lineNumber;
      }
      if (held != null && !gzip.endedMidLine()) {
        hand(file, heldNumber, held, raw.count(), sink);
        articles++;
      }
      long at = Math.max(1, gzip.endedMidLine() ? lineNumber : lineNumber + 1);
      gzip.damage()
          .ifPresent(
              damage ->
                  problems.add(
                      IngestProblem.atLine(
                          file,
                          at,
                          IngestProblem.Kind.UNREADABLE,
                          "broken gzip data ("
                              + damage
                              + "); the lines before it were read, the rest is lost")));
    } catch (MalformedInputException e) {
      if (held != null) {
        hand(file, heldNumber, held, raw.count(), sink);
        articles++;
      }
      problems.add(
          IngestProblem.atLine(
              file,
              lineNumber + 1,
              IngestProblem.Kind.BAD_ENCODING,
              "not valid UTF-8; the rest of the file is skipped"));
    } catch (IOException e) {
      throw new IngestException(
          IngestProblem.of(file, IngestProblem.Kind.UNREADABLE, ArticleFiles.describe(e)));
    }
    if (articles == 0 && problems.isEmpty()) {
      throw new IngestException(
          IngestProblem.of(file, IngestProblem.Kind.EMPTY, "no articles in file"));
    }
    return problems;
  }

  private static void closeQuietly(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException e) {
      // already failing for a better reason
    }
  }

  private static void hand(
      Path file, long number, String json, long offset, Consumer<PendingArticle> sink) {
    sink.accept(new PendingArticle(number, offset, () -> parse(file, number, json)));
  }

  private static BufferedReader reader(InputStream in) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
  }

  private static Article parse(Path file, long number, String line) throws IngestException {
    try {
      return parse(line);
    } catch (LineException e) {
      throw new IngestException(IngestProblem.atLine(file, number, e.kind, e.getMessage()));
    }
  }

  private static Article parse(String line) throws LineException {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new LineException(IngestProblem.Kind.BAD_JSON, e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new LineException(IngestProblem.Kind.BAD_JSON, "not a JSON object");
    }
    String id = text(node, "id").orElseThrow(() -> missing("id"));
    String text = text(node, "text").orElseThrow(() -> missing("text"));
    List<String> paragraphs = paragraphs(text);
    if (paragraphs.isEmpty()) {
      throw new LineException(
          IngestProblem.Kind.EMPTY, "article " + id + " has no text left after cleaning");
    }
    Optional<String> url = text(node, "url").flatMap(CleanUrls::clean);
    String title =
        text(node, "title").map(Whitespace::normalise).orElseGet(() -> Titles.infer(paragraphs));
    List<String> authors = new ArrayList<>();
    node.path("authors")
        .forEach(
            a -> {
              if (a.isTextual() && !a.asText().isBlank()) {
                authors.add(a.asText().strip());
              }
            });
    Article article =
        new Article(
            id,
            url,
            title,
            text(node, "published").flatMap(Dates::parse),
            text(node, "source").or(() -> url.flatMap(Hosts::of)),
            authors,
            paragraphs);
    Optional<String> tooLong = ArticleLimits.problem(article);
    if (tooLong.isPresent()) {
      throw new LineException(IngestProblem.Kind.FIELD_TOO_LONG, tooLong.get());
    }
    return article;
  }

  /** Raw scraped text: paragraphs split on blank lines, single line breaks judged one by one. */
  static List<String> paragraphs(String text) {
    List<String> lines = new ArrayList<>();
    for (String block : BLANK_LINE.split(text.replace("\r\n", "\n"))) {
      lines.addAll(Arrays.asList(block.split("\n")));
      lines.add("");
    }
    return BoilerplateFilter.clean(LineJoiner.paragraphs(lines));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank()
        ? Optional.of(value.asText())
        : Optional.empty();
  }

  private static LineException missing(String field) {
    return new LineException(IngestProblem.Kind.MISSING_FIELD, "no \"" + field + "\"");
  }

  private static final class LineException extends Exception {
    final transient IngestProblem.Kind kind;

    LineException(IngestProblem.Kind kind, String message) {
      super(message);
      this.kind = kind;
    }
  }
}
