package io.newsdesk.discord.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.discord.emulator.DiscordWorld.Channel;
import io.newsdesk.discord.emulator.DiscordWorld.User;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/** The gateway events a user's actions produce: INTERACTION_CREATE and MESSAGE_CREATE. */
final class InteractionEvents {

  /** An interaction about to be dispatched. */
  record Event(long id, String token, int type, JsonNode json) {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final DiscordWorld world;
  private final EntityJson entities;

  InteractionEvents(DiscordWorld world, EntityJson entities) {
    this.world = world;
    this.entities = entities;
  }

  /** A slash command (type 2) or an autocomplete request (type 4, {@code focused} set). */
  Event command(
      int type,
      Channel channel,
      User user,
      JsonNode definition,
      java.util.Optional<String> subcommand,
      Map<String, Object> options,
      String focused,
      long permissions) {
    ObjectNode data =
        NODES
            .objectNode()
            .put("id", definition.path("id").asText())
            .put("name", definition.path("name").asText())
            .put("type", definition.path("type").asInt(1));
    if (definition.has("guild_id")) {
      data.put("guild_id", definition.get("guild_id").asText());
    }
    ArrayNode values = data.putArray("options");
    JsonNode defined = definition;
    if (subcommand.isPresent()) {
      // A subcommand is an option of type 1 holding the options typed for it.
      ObjectNode sub = values.addObject().put("name", subcommand.get()).put("type", 1);
      values = sub.putArray("options");
      for (JsonNode option : definition.path("options")) {
        if (option.path("name").asText().equals(subcommand.get())) {
          defined = option;
        }
      }
    }
    ArrayNode typed = values;
    JsonNode scope = defined;
    options.forEach(
        (name, value) -> {
          ObjectNode option = typed.addObject().put("name", name);
          option.put("type", optionType(scope, name, value));
          option.set("value", toJson(value));
          if (name.equals(focused)) {
            option.put("focused", true);
          }
        });
    return event(type, channel, user, data, permissions);
  }

  Event buttonClick(Channel channel, User user, JsonNode message, String customId) {
    ObjectNode data = NODES.objectNode().put("custom_id", customId).put("component_type", 2);
    Event event =
        event(InteractionHandle.MESSAGE_COMPONENT, channel, user, data, permissionsOf(user));
    ((ObjectNode) event.json()).set("message", message);
    return event;
  }

  ObjectNode messageCreate(Channel channel, User author, String content, boolean mentionsBot) {
    ObjectNode node =
        NODES
            .objectNode()
            .put("id", EntityJson.id(DiscordWorld.snowflake()))
            .put("type", 0)
            .put("channel_id", EntityJson.id(channel.id()))
            .put("content", content)
            .put("timestamp", Instant.now().toString())
            .putNull("edited_timestamp")
            .put("tts", false)
            .put("mention_everyone", false)
            .put("pinned", false)
            .put("flags", 0);
    node.set("author", entities.user(author));
    if (!channel.isDm()) {
      node.put("guild_id", EntityJson.id(channel.guildId()));
      node.set("member", entities.member(author, false));
    }
    ArrayNode mentions = node.putArray("mentions");
    if (mentionsBot) {
      ObjectNode bot = entities.user(world.bot());
      if (!channel.isDm()) {
        bot.set("member", entities.member(world.bot(), false));
      }
      mentions.add(bot);
    }
    node.putArray("mention_roles");
    node.putArray("attachments");
    node.putArray("embeds");
    node.putArray("components");
    return node;
  }

  private Event event(int type, Channel channel, User user, ObjectNode data, long permissions) {
    long id = DiscordWorld.snowflake();
    String token = "aW50ZXJhY3Rpb24" + randomToken();
    ObjectNode node =
        NODES
            .objectNode()
            .put("id", EntityJson.id(id))
            .put("application_id", EntityJson.id(world.bot().id()))
            .put("type", type)
            .put("token", token)
            .put("version", 1)
            .put("locale", "en-US")
            .put("channel_id", EntityJson.id(channel.id()))
            .put("app_permissions", Long.toString(DiscordWorld.MEMBER_PERMISSIONS))
            .put("context", channel.isDm() ? 1 : 0);
    node.set("data", data);
    node.set("channel", entities.channel(channel));
    node.putArray("entitlements");
    if (channel.isDm()) {
      node.set("user", entities.user(user));
    } else {
      node.put("guild_id", EntityJson.id(channel.guildId())).put("guild_locale", "en-US");
      ObjectNode member = entities.member(user, true);
      member.put("permissions", Long.toString(permissions));
      node.set("member", member);
    }
    return new Event(id, token, type, node);
  }

  private long permissionsOf(User user) {
    return user.equals(world.alice())
        ? DiscordWorld.MEMBER_PERMISSIONS | DiscordWorld.ADMINISTRATOR
        : DiscordWorld.MEMBER_PERMISSIONS;
  }

  /** The option's type from the registered definition, else guessed from the Java value. */
  private static int optionType(JsonNode definition, String name, Object value) {
    for (JsonNode option : definition.path("options")) {
      if (option.path("name").asText().equals(name)) {
        return option.path("type").asInt();
      }
    }
    return switch (value) {
      case Boolean b -> 5;
      case Integer i -> 4;
      case Long l -> 4;
      case Double d -> 10;
      default -> 3;
    };
  }

  private static JsonNode toJson(Object value) {
    return switch (value) {
      case Boolean b -> NODES.booleanNode(b);
      case Integer i -> NODES.numberNode(i);
      case Long l -> NODES.numberNode(l);
      case Double d -> NODES.numberNode(d);
      default -> NODES.textNode(String.valueOf(value));
    };
  }

  private static String randomToken() {
    byte[] bytes = new byte[48];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
