package io.newsdesk.quotes;

import java.util.List;
import java.util.Optional;

/**
 * One named reading of the words around a quote ({@code W}: the words before it, or after it), made
 * by a reader ({@code R}) of the article: a decision, or empty to pass to the next step.
 */
record NamedStep<R, W>(String name, Reading<R, W> reading) {

  @FunctionalInterface
  interface Reading<R, W> {
    Optional<Attribution> read(R reader, W words);
  }

  /** The first step that decides, its name recorded; {@link Attribution#NONE} when none does. */
  static <R, W> Attribution first(List<NamedStep<R, W>> steps, R reader, W words) {
    for (NamedStep<R, W> step : steps) {
      Optional<Attribution> decided = step.reading().read(reader, words);
      if (decided.isPresent()) {
        return decided.get().by(step.name());
      }
    }
    return Attribution.NONE;
  }
}
