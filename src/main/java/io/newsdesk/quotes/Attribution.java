package io.newsdesk.quotes;

import java.util.Optional;

/**
 * The outcome of reading the text around one quote: {@code found} when the text says who spoke,
 * named or not ("a spokesman said" is found with the speaker "a spokesman"; "the report said" is
 * found but names nobody, and no fallback may then pin the quote on the previous speaker).
 */
record Attribution(boolean found, Optional<String> speaker) {

  static final Attribution NONE = new Attribution(false, Optional.empty());
  static final Attribution UNNAMED = new Attribution(true, Optional.empty());

  static Attribution of(Optional<String> speaker) {
    return new Attribution(true, speaker);
  }
}
