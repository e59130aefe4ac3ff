package io.newsdesk.discord.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One thing the bot sent for an interaction.
 *
 * @param kind callback, follow-up or edit
 * @param callbackType the interaction callback type for a {@link Kind#CALLBACK} (4 message, 5
 *     deferred, 6 deferred update, 7 update, 8 autocomplete, 9 modal), else 0
 * @param body the request body as sent (for callbacks: the whole {type, data} object)
 * @param at when the emulator received it
 */
public record InteractionResponse(Kind kind, int callbackType, JsonNode body, Instant at) {

  /** Which route carried the response. */
  public enum Kind {
    CALLBACK,
    FOLLOW_UP,
    EDIT_ORIGINAL,
    EDIT_FOLLOW_UP
  }

  /** The message part: {@code data} of a callback, the body itself otherwise. */
  public JsonNode message() {
    return kind == Kind.CALLBACK ? body.path("data") : body;
  }

  public String content() {
    return message().path("content").asText("");
  }

  public long flags() {
    return message().path("flags").asLong(0);
  }

  public boolean isEphemeral() {
    return (flags() & DiscordLimits.EPHEMERAL) != 0;
  }
}
