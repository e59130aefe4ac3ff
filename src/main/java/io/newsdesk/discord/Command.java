package io.newsdesk.discord;

import java.util.List;
import java.util.Optional;
import org.javacord.api.interaction.SlashCommandBuilder;

/**
 * One slash command: its definition for Discord and its logic, which runs without Discord. Adding a
 * command means one class and one line in {@link Commands#all}.
 */
public interface Command {
  /** How the first response goes out: at once, or deferred because the answer may take a while. */
  enum Timing {
    IMMEDIATE,
    DEFERRED,
    DEFERRED_EPHEMERAL
  }

  String name();

  SlashCommandBuilder definition();

  Reply run(CommandRequest request) throws Exception;

  default Timing timing() {
    return Timing.DEFERRED;
  }

  /** Whether only members with Manage Server may run it (also checked in code). */
  default boolean adminOnly() {
    return false;
  }

  /** Whether only members with Manage Server may run this subcommand of it. */
  default boolean adminOnly(Optional<String> subcommand) {
    return adminOnly();
  }

  /**
   * Whether it may run for long (re-indexing, fetching a feed): such commands run on their own
   * thread, so that they never hold up the threads that answer questions.
   */
  default boolean longRunning() {
    return false;
  }

  /** Whether it counts against the user's rate limit. */
  default boolean rateLimited() {
    return true;
  }

  /** Autocomplete choices for {@code option} given what was typed; at most 25, fast. */
  default List<Choice> suggest(String option, String typed) {
    return List.of();
  }

  /** An autocomplete choice: what the user sees and what the option receives. */
  record Choice(String name, String value) {}
}
