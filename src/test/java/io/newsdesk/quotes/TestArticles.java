package io.newsdesk.quotes;

import io.newsdesk.ingest.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds articles for tests from the seed files and from hand-written text. */
final class TestArticles {

  private TestArticles() {}

  /** A seed article: body after any YAML front matter, up to the newsletter boilerplate. */
  static Article seed(String fileName) {
    try {
      List<String> lines = Files.readAllLines(Path.of("seeds", fileName), StandardCharsets.UTF_8);
      int from = 0;
      if (!lines.isEmpty() && lines.get(0).equals("---")) {
        from = lines.subList(1, lines.size()).indexOf("---") + 2;
      }
      List<String> paragraphs = new ArrayList<>();
      for (String line : lines.subList(from, lines.size())) {
        if (line.startsWith("[Close](")) {
          break;
        }
        if (!line.isBlank()) {
          paragraphs.add(line.strip());
        }
      }
      return article(fileName, paragraphs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An article whose paragraphs are the blank-line separated blocks of {@code text}. */
  static Article of(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String p : text.split("\n\\s*\n")) {
      if (!p.isBlank()) {
        paragraphs.add(p.strip().replace('\n', ' '));
      }
    }
    return article("test", paragraphs);
  }

  private static Article article(String id, List<String> paragraphs) {
    return new Article(
        id, Optional.empty(), "", Optional.empty(), Optional.empty(), List.of(), paragraphs);
  }
}
