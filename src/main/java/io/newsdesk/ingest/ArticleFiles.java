package io.newsdesk.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Finds article files under the configured paths and reads each in the format its name says. */
public final class ArticleFiles {
  private static final List<String> TEXT_ENDINGS = List.of(".md", ".markdown", ".txt", ".text");

  private ArticleFiles() {}

  /** Whether a file name is one Newsdesk reads. */
  public static boolean isArticleFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".")
        && (JsonlArticleReader.handles(file) || TEXT_ENDINGS.stream().anyMatch(name::endsWith));
  }

  /** Every article file at or below {@code path}, sorted by path; a file is taken as it is. */
  public static List<Path> list(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> files = Files.walk(path)) {
      return files
          .filter(Files::isRegularFile)
          .filter(ArticleFiles::isArticleFile)
          .sorted()
          .toList();
    }
  }

  /**
   * Reads one file, handing every article to {@code sink}.
   *
   * @return problems with parts of the file (single JSONL lines); the file as a whole was read
   * @throws IngestException when nothing of the file can be used
   */
  public static List<IngestProblem> read(Path file, Consumer<Article> sink) throws IngestException {
    if (!isArticleFile(file)) {
      throw new IngestException(
          IngestProblem.of(
              file,
              IngestProblem.Kind.UNSUPPORTED,
              "not an article file (.md, .txt, .jsonl, .jsonl.gz)"));
    }
    if (JsonlArticleReader.handles(file)) {
      return JsonlArticleReader.read(file, sink);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IngestException(
          IngestProblem.of(file, IngestProblem.Kind.UNREADABLE, e.toString()));
    }
    sink.accept(MarkdownArticleReader.read(file, TextDecoder.decode(file, bytes)));
    return List.of();
  }
}
