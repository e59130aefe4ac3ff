package io.newsdesk.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** At most {@code perMinute} questions per user in any sliding minute. */
final class UserRateLimiter {
  private static final Duration WINDOW = Duration.ofMinutes(1);
  private final int perMinute;
  private final Clock clock;
  private final Map<Long, Deque<Instant>> asked = new ConcurrentHashMap<>();

  UserRateLimiter(int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** Empty when the user may ask now (and counts the question), else how long to wait. */
  Optional<Duration> tryAcquire(long userId) {
    Instant now = clock.instant();
    Deque<Instant> times = asked.computeIfAbsent(userId, id -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
        times.pollFirst();
      }
      if (times.size() >= perMinute) {
        return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
      }
      times.addLast(now);
      return Optional.empty();
    }
  }

  static String politeRefusal(Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return "You're asking faster than I can read the news. Please try again in %d second%s."
        .formatted(seconds, seconds == 1 ? "" : "s");
  }
}
