package io.newsdesk.discord.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** Messages the bot posts to channels, and the tests waiting for them. */
final class ChannelMessages {

  private record Waiter(long channelId, CompletableFuture<PostedMessage> reply) {}

  private final DiscordWorld world;
  private final EntityJson entities;
  private final ViolationLog violations;
  private final List<PostedMessage> posted = new ArrayList<>();
  private final List<Waiter> waiters = new ArrayList<>();
  private final Map<Long, JsonNode> byId = new ConcurrentHashMap<>();

  ChannelMessages(DiscordWorld world, EntityJson entities, ViolationLog violations) {
    this.world = world;
    this.entities = entities;
    this.violations = violations;
  }

  synchronized List<PostedMessage> posted() {
    return List.copyOf(posted);
  }

  /** The message JSON of a message the bot posted (channel message or interaction response). */
  JsonNode messageJson(long id) {
    return byId.get(id);
  }

  void remember(long id, JsonNode message) {
    byId.put(id, message);
  }

  /** Completes with the next message the bot posts to the channel. */
  synchronized CompletableFuture<PostedMessage> nextReplyIn(long channelId) {
    CompletableFuture<PostedMessage> reply = new CompletableFuture<>();
    waiters.add(new Waiter(channelId, reply));
    return reply;
  }

  HttpResponse post(long channelId, JsonNode body, String label) {
    if (world.channel(channelId) == null) {
      return HttpResponse.error(404, 10003, "Unknown Channel");
    }
    if (!body.isObject()) {
      return HttpResponse.error(400, 50006, "Cannot send an empty message");
    }
    if (body.has("message_reference") && !referencesKnownMessage(channelId, body, label)) {
      return RestApi.invalidFormBody();
    }
    long id = DiscordWorld.snowflake();
    Instant at = Instant.now();
    JsonNode message = entities.message(id, channelId, world.bot(), body, at);
    remember(id, message);
    PostedMessage post = new PostedMessage(id, channelId, body, at);
    synchronized (this) {
      posted.add(post);
      for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
        Waiter waiter = it.next();
        if (waiter.channelId() == channelId) {
          it.remove();
          waiter.reply().complete(post);
          break;
        }
      }
    }
    return RestApi.json(message);
  }

  /**
   * Discord refuses a reply to a message it does not know in that channel (fail_if_not_exists is
   * true by default) with 400, "Unknown message".
   */
  private boolean referencesKnownMessage(long channelId, JsonNode body, String label) {
    JsonNode reference = body.get("message_reference");
    JsonNode referenced = byId.get(reference.path("message_id").asLong());
    long channel = reference.path("channel_id").asLong(channelId);
    if (referenced != null
        && channel == channelId
        && referenced.path("channel_id").asLong() == channelId) {
      return true;
    }
    violations.add("message.reference", "reply to an unknown message: " + reference, label);
    return false;
  }

  HttpResponse edit(long channelId, long messageId, JsonNode body, String label) {
    JsonNode old = byId.get(messageId);
    if (old == null || old.path("channel_id").asLong() != channelId) {
      return HttpResponse.error(404, 10008, "Unknown Message");
    }
    JsonNode message = entities.message(messageId, channelId, world.bot(), body, Instant.now());
    remember(messageId, message);
    return RestApi.json(message);
  }
}
