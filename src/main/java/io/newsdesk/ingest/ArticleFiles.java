package io.newsdesk.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/** Finds article files under the configured paths and reads each in the format its name says. */
public final class ArticleFiles {
  private static final List<String> TEXT_ENDINGS = List.of(".md", ".markdown", ".txt", ".text");

  private ArticleFiles() {}

  /** Whether a file name is one Newsdesk reads. */
  public static boolean isArticleFile(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    return !lower.startsWith(".")
        && (JsonlArticleReader.handles(file) || TEXT_ENDINGS.stream().anyMatch(lower::endsWith));
  }

  /**
   * The article files found under a root, sorted by path, and what could not be looked at.
   *
   * @param files regular files with an article ending, each reached once (a link to a file already
   *     listed is not listed again)
   * @param problems one per unreadable folder, named pipe or device, broken link or link loop
   */
  public record Listing(List<Path> files, List<IngestProblem> problems) {
    public Listing {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Every article file at or below {@code path}. Links to folders and files are followed (each file
   * is listed once, however many links lead to it); hidden files and folders are skipped.
   */
  public static Listing list(Path path) {
    Walker walker = new Walker(path);
    try {
      Files.walkFileTree(path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walker);
    } catch (IOException | RuntimeException e) {
      walker.problem(path, IngestProblem.Kind.UNREADABLE, describe(e));
    }
    walker.files.sort(null);
    return new Listing(walker.files, walker.problems);
  }

  /** The reason an I/O error gives, in words, without the exception class. */
  static String describe(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileSystemLoopException) {
      return "a loop of links leads back here";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static final class Walker extends SimpleFileVisitor<Path> {
    final Path root;
    final List<Path> files = new ArrayList<>();
    final List<IngestProblem> problems = new ArrayList<>();
    final Set<Object> seen = new HashSet<>();

    Walker(Path root) {
      this.root = root;
    }

    void problem(Path file, IngestProblem.Kind kind, String reason) {
      problems.add(IngestProblem.of(file, kind, reason));
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      boolean hidden =
          !dir.equals(root)
              && dir.getFileName() != null
              && dir.getFileName().toString().startsWith(".");
      return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      boolean named = file.equals(root) || isArticleFile(file);
      if (attrs.isSymbolicLink()) {
        if (named) {
          problem(file, IngestProblem.Kind.BROKEN_LINK, "a link to nothing" + target(file));
        }
      } else if (attrs.isOther()) {
        if (named) {
          problem(file, IngestProblem.Kind.SPECIAL_FILE, "not a regular file (a pipe or device)");
        }
      } else if (attrs.isRegularFile() && named && firstVisit(file, attrs)) {
        files.add(file);
      }
      return FileVisitResult.CONTINUE;
    }

    private boolean firstVisit(Path file, BasicFileAttributes attrs) {
      Object key = attrs.fileKey() != null ? attrs.fileKey() : file.toAbsolutePath().normalize();
      return seen.add(key);
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      IngestProblem.Kind kind =
          e instanceof FileSystemLoopException
              ? IngestProblem.Kind.BROKEN_LINK
              : IngestProblem.Kind.UNREADABLE;
      problem(file, kind, describe(e) + (Files.isDirectory(file) ? "; the folder is skipped" : ""));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        problem(dir, IngestProblem.Kind.UNREADABLE, describe(e) + "; the rest of it is skipped");
      }
      return FileVisitResult.CONTINUE;
    }

    private static String target(Path link) {
      try {
        return " (" + Files.readSymbolicLink(link) + ")";
      } catch (IOException | UnsupportedOperationException e) {
        return "";
      }
    }
  }

  /**
   * Reads one file, handing every article to {@code sink}. The article of a one-article file is
   * named after its path below {@code root}, so two "index.md" in different folders are two
   * articles.
   *
   * @return problems that cut the file short; problems with single JSONL lines surface when the
   *     pending article is parsed
   * @throws IngestException when nothing of the file can be used
   */
  public static List<IngestProblem> read(Path root, Path file, Consumer<PendingArticle> sink)
      throws IngestException {
    if (!isArticleFile(file)) {
      throw new IngestException(
          IngestProblem.of(
              file,
              IngestProblem.Kind.UNSUPPORTED,
              "not an article file (.md, .txt, .jsonl, .jsonl.gz)"));
    }
    if (!Files.isRegularFile(file)) {
      // Never open a named pipe or a device: reading one can block forever.
      throw new IngestException(
          Files.exists(file)
              ? IngestProblem.of(
                  file, IngestProblem.Kind.SPECIAL_FILE, "not a regular file (a pipe or device)")
              : IngestProblem.of(file, IngestProblem.Kind.UNREADABLE, "no such file"));
    }
    if (JsonlArticleReader.handles(file)) {
      return JsonlArticleReader.read(file, sink);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException | OutOfMemoryError e) {
      throw new IngestException(
          IngestProblem.of(
              file,
              IngestProblem.Kind.UNREADABLE,
              e instanceof Exception ex ? describe(ex) : "too large to read"));
    }
    Article article;
    try {
      article =
          ArticleLimits.checked(
              MarkdownArticleReader.read(file, idOf(root, file), TextDecoder.decode(file, bytes)),
              file);
    } catch (RuntimeException | StackOverflowError e) {
      // Markdown nested thousands of levels deep overflows the parser's recursion: this file only.
      throw new IngestException(
          IngestProblem.of(
              file,
              IngestProblem.Kind.UNSUPPORTED,
              "cannot be parsed ("
                  + (e instanceof StackOverflowError
                      ? "nested too deeply"
                      : OneLine.of(e.toString(), 200))
                  + ")"));
    }
    sink.accept(new PendingArticle(0, bytes.length, () -> article));
    return List.of();
  }

  /** The article id of a one-article file: its path below the root, without the ending. */
  static String idOf(Path root, Path file) {
    Path relative = file.getFileName();
    Path base = root.toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    if (!base.equals(absolute) && absolute.startsWith(base)) {
      relative = base.relativize(absolute);
    }
    String name = relative.toString().replace('\\', '/');
    int slash = name.lastIndexOf('/');
    int dot = name.indexOf('.', slash + 1);
    return dot > slash + 1 ? name.substring(0, dot) : name;
  }

  /** Everything one file yields, parsed on this thread: its articles and the problems. */
  public record Contents(List<Article> articles, List<IngestProblem> problems) {}

  /** Reads a whole file at once; for tools and tests, the indexer streams instead. */
  public static Contents readAll(Path file) throws IngestException {
    List<Article> articles = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    problems.addAll(
        read(
            file.toAbsolutePath().getParent() == null ? file : file.toAbsolutePath().getParent(),
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
