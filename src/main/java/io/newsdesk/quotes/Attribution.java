package io.newsdesk.quotes;

import java.util.Optional;

/**
 * The outcome of reading the text around one quote: {@code found} when the text says who spoke,
 * named or not ("a spokesman said" is found with the speaker "a spokesman"; "the report said" is
 * found but names nobody, and no fallback may then pin the quote on the previous speaker).
 *
 * @param by the name of the reading that found it ("X said", "according to X"), for provenance
 */
record Attribution(boolean found, Optional<String> speaker, String by) {

  static final Attribution NONE = new Attribution(false, Optional.empty());
  static final Attribution UNNAMED = new Attribution(true, Optional.empty());

  Attribution(boolean found, Optional<String> speaker) {
    this(found, speaker, "");
  }

  static Attribution of(Optional<String> speaker) {
    return new Attribution(true, speaker);
  }

  /** This, when the text said who spoke (naming someone or not); empty to pass. */
  Optional<Attribution> ifFound() {
    return found ? Optional.of(this) : Optional.empty();
  }

  /** The same, as another quote's decision carries it over: not read by any step here. */
  Attribution carried() {
    return by.isEmpty() ? this : new Attribution(found, speaker, "");
  }

  /**
   * The same, read by the named step; what was found by no step stays unnamed, and a name given by
   * a finer step inside this one is kept.
   */
  Attribution by(String step) {
    return found && by.isEmpty() ? new Attribution(found, speaker, step) : this;
  }
}
