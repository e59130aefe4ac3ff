package io.newsdesk.discord;

import io.newsdesk.metrics.Meters;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/** A question's reply made, timed and counted by how it ended, for slash commands and messages. */
final class TimedReplies {
  /** What makes the reply. */
  @FunctionalInterface
  interface Work {
    Reply reply() throws Exception;
  }

  private TimedReplies() {}

  /**
   * The reply, or empty when making it failed; {@code failed} logs the failure as the caller words
   * it.
   */
  static Optional<Reply> made(String command, Work work, Consumer<Exception> failed) {
    long start = System.nanoTime();
    try {
      Reply reply = work.reply();
      Meters.question(command, reply.outcome(), Duration.ofNanos(System.nanoTime() - start));
      return Optional.of(reply);
    } catch (Exception e) {
      failed.accept(e);
      Meters.question(command, Meters.Outcome.ERROR, Duration.ofNanos(System.nanoTime() - start));
      return Optional.empty();
    }
  }
}
