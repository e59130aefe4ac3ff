package io.newsdesk.ingest;

import java.util.Optional;

/**
 * How long an article's short fields may be. Beyond these lengths a field is not what it claims to
 * be (a 32 KB "title" is a page dump), and the index could not hold it as one term anyway: such an
 * article is skipped with one line rather than stopping the run.
 */
public final class ArticleLimits {
  static final int ID = 512;
  static final int URL = 4096;
  static final int TITLE = 2000;
  static final int SOURCE = 256;
  static final int AUTHOR = 256;
  static final int AUTHORS = 50;

  private ArticleLimits() {}

  /** Why the article cannot be indexed, or empty when its fields are within the limits. */
  public static Optional<String> problem(Article article) {
    return tooLong("id", article.id(), ID)
        .or(() -> article.url().flatMap(url -> tooLong("url", url, URL)))
        .or(() -> tooLong("title", article.title(), TITLE))
        .or(() -> article.source().flatMap(source -> tooLong("source", source, SOURCE)))
        .or(
            () ->
                article.authors().size() > AUTHORS
                    ? Optional.of(
                        "%d authors (at most %d)".formatted(article.authors().size(), AUTHORS))
                    : Optional.empty())
        .or(
            () ->
                article.authors().stream()
                    .map(a -> tooLong("author", a, AUTHOR))
                    .flatMap(Optional::stream)
                    .findFirst());
  }

  /** The article, or an exception naming the field that is too long. */
  static Article checked(Article article, java.nio.file.Path file) throws IngestException {
    Optional<String> problem = problem(article);
    if (problem.isPresent()) {
      throw new IngestException(
          IngestProblem.of(file, IngestProblem.Kind.FIELD_TOO_LONG, problem.get()));
    }
    return article;
  }

  private static Optional<String> tooLong(String field, String value, int max) {
    return value.length() > max
        ? Optional.of(
            "%s is %,d characters long (at most %,d)".formatted(field, value.length(), max))
        : Optional.empty();
  }
}
