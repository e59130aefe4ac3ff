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
   * @return problems that cut the file short; problems with single JSONL lines surface when the
   *     pending article is parsed
   * @throws IngestException when nothing of the file can be used
   */
  public static List<IngestProblem> read(Path file, Consumer<PendingArticle> sink)
      throws IngestException {
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
    Article article = MarkdownArticleReader.read(file, TextDecoder.decode(file, bytes));
    sink.accept(() -> article);
    return List.of();
  }

  /** Everything one file yields, parsed on this thread: its articles and the problems. */
  public record Contents(List<Article> articles, List<IngestProblem> problems) {}

  /** Reads a whole file at once; for tools and tests, the indexer streams instead. */
  public static Contents readAll(Path file) throws IngestException {
    List<Article> articles = new java.util.ArrayList<>();
    List<IngestProblem> problems = new java.util.ArrayList<>();
    problems.addAll(
        read(
            file,
            pending -> {
              try {
                articles.add(pending.parse());
              } catch (IngestException e) {
                problems.add(e.problem());
              }
            }));
    return new Contents(articles, problems);
  }
}
