package io.newsdesk.feeds;

import java.util.Optional;

/**
 * A feed or page that could not be fetched; the message is the reason in a few words ("HTTP 503",
 * "timed out after 20 s", "more than 10 MB"). {@code retryAfterSeconds} is what the server asked
 * for, when it did.
 */
public final class FetchException extends Exception {
  private final transient Optional<Long> retryAfterSeconds;

  FetchException(String reason) {
    this(reason, Optional.empty());
  }

  FetchException(String reason, Optional<Long> retryAfterSeconds) {
    super(reason, null, false, false);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public Optional<Long> retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
