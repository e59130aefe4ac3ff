package io.newsdesk.feeds;

import java.time.Duration;
import java.util.Optional;

/**
 * How long to wait before polling a failing feed again: its interval, doubled after each failure in
 * a row, at most six hours (or its own interval, when longer); never less than the server asked for
 * with Retry-After.
 */
final class Backoff {
  static final Duration MAX = Duration.ofHours(6);

  private Backoff() {}

  static Duration after(int failuresInARow, Duration every, Optional<Long> retryAfterSeconds) {
    int doublings = Math.max(0, Math.min(failuresInARow - 1, 20));
    Duration cap = every.compareTo(MAX) > 0 ? every : MAX;
    Duration wait = every.multipliedBy(1L << doublings);
    if (wait.compareTo(cap) > 0) {
      wait = cap;
    }
    if (retryAfterSeconds.isPresent()) {
      Duration asked = Duration.ofSeconds(Math.min(retryAfterSeconds.get(), 86_400));
      wait = asked.compareTo(wait) > 0 ? asked : wait;
    }
    return wait;
  }
}
