package io.newsdesk.discord;

import java.util.Map;
import java.util.Optional;

/** A slash command as its logic sees it: who ran it and the options, as typed. */
public record CommandRequest(long userId, Map<String, String> options) {
  public CommandRequest {
    options = Map.copyOf(options);
  }

  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name)).map(String::strip).filter(s -> !s.isEmpty());
  }
}
