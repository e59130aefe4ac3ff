package io.newsdesk.discord.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * A message the bot posted to a channel with {@code POST /channels/{id}/messages}.
 *
 * @param id the snowflake the emulator gave it
 * @param channelId where it was posted
 * @param body the request body as sent
 * @param at when the emulator received it
 */
public record PostedMessage(long id, long channelId, JsonNode body, Instant at) {
  public String content() {
    return body.path("content").asText("");
  }

  /** The message this one replies to, from its message_reference. */
  public Optional<Long> repliesTo() {
    JsonNode id = body.path("message_reference").path("message_id");
    return id.isMissingNode() ? Optional.empty() : Optional.of(id.asLong());
  }
}
