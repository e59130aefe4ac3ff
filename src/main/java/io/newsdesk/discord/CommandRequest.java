package io.newsdesk.discord;

import java.util.Map;
import java.util.Optional;

/**
 * A slash command as its logic sees it: who ran it, the subcommand if any ({@code add} of {@code
 * /feeds add}), and the options, as typed.
 */
public record CommandRequest(
    long userId, Optional<String> subcommand, Map<String, String> options) {
  public CommandRequest {
    options = Map.copyOf(options);
    subcommand = subcommand == null ? Optional.empty() : subcommand;
  }

  public CommandRequest(long userId, Map<String, String> options) {
    this(userId, Optional.empty(), options);
  }

  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name)).map(String::strip).filter(s -> !s.isEmpty());
  }
}
