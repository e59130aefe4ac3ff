package io.newsdesk.discord.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.discord.emulator.DiscordWorld.Channel;
import io.newsdesk.discord.emulator.DiscordWorld.Role;
import io.newsdesk.discord.emulator.DiscordWorld.User;
import java.time.Instant;

/**
 * Discord's JSON shapes for the emulator's world, with every field Javacord 3.8.0 reads without a
 * null check (it throws on a missing {@code region}, {@code locale}, {@code joined_at} and such).
 */
final class EntityJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String JOINED_AT = "2024-01-15T09:00:00.000000+00:00";

  private final DiscordWorld world;

  EntityJson(DiscordWorld world) {
    this.world = world;
  }

  static String id(long snowflake) {
    return Long.toUnsignedString(snowflake);
  }

  ObjectNode user(User user) {
    ObjectNode node =
        NODES
            .objectNode()
            .put("id", id(user.id()))
            .put("username", user.username())
            .put("discriminator", "0")
            .put("global_name", user.username())
            .putNull("avatar")
            .put("public_flags", 0)
            .put("flags", 0);
    if (user.bot()) {
      node.put("bot", true);
    }
    return node;
  }

  ObjectNode member(User user, boolean withUser) {
    ObjectNode node = NODES.objectNode();
    if (withUser) {
      node.set("user", user(user));
    }
    ArrayNode roles = node.putArray("roles");
    world.rolesOf(user).forEach(role -> roles.add(id(role.id())));
    node.putNull("nick")
        .putNull("avatar")
        .put("joined_at", JOINED_AT)
        .putNull("premium_since")
        .put("deaf", false)
        .put("mute", false)
        .put("pending", false)
        .put("flags", 0)
        .putNull("communication_disabled_until");
    return node;
  }

  ObjectNode role(Role role, int position) {
    return NODES
        .objectNode()
        .put("id", id(role.id()))
        .put("name", role.name())
        .put("color", 0)
        .put("hoist", false)
        .putNull("icon")
        .putNull("unicode_emoji")
        .put("position", position)
        .put("permissions", Long.toString(role.permissions()))
        .put("managed", false)
        .put("mentionable", false)
        .put("flags", 0);
  }

  ObjectNode channel(Channel channel) {
    ObjectNode node = NODES.objectNode().put("id", id(channel.id()));
    if (channel.isDm()) {
      node.put("type", 1).putNull("last_message_id");
      node.putArray("recipients").add(user(recipient(channel)));
      return node;
    }
    node.put("type", 0)
        .put("guild_id", id(channel.guildId()))
        .put("name", channel.name())
        .put("position", 0)
        .putNull("topic")
        .put("nsfw", false)
        .putNull("last_message_id")
        .put("rate_limit_per_user", 0)
        .putNull("parent_id")
        .put("flags", 0);
    node.putArray("permission_overwrites");
    return node;
  }

  private User recipient(Channel dm) {
    return world.humans().stream()
        .filter(u -> u.id() == dm.recipientId())
        .findFirst()
        .orElseThrow();
  }

  ObjectNode guildCreate() {
    var guild = world.guild();
    ObjectNode node =
        NODES
            .objectNode()
            .put("id", id(guild.id()))
            .put("name", guild.name())
            .putNull("icon")
            .putNull("splash")
            .putNull("discovery_splash")
            .put("owner_id", id(guild.ownerId()))
            .put("region", "deprecated")
            .putNull("afk_channel_id")
            .put("afk_timeout", 300)
            .put("verification_level", 1)
            .put("default_message_notifications", 1)
            .put("explicit_content_filter", 2)
            .put("mfa_level", 0)
            .putNull("application_id")
            .putNull("system_channel_id")
            .put("system_channel_flags", 0)
            .putNull("rules_channel_id")
            .putNull("public_updates_channel_id")
            .putNull("vanity_url_code")
            .putNull("description")
            .put("premium_tier", 0)
            .put("premium_subscription_count", 0)
            .put("preferred_locale", "en-US")
            .put("nsfw_level", 0)
            .put("joined_at", JOINED_AT)
            .put("large", false)
            .put("unavailable", false);
    node.putArray("features");
    node.putArray("emojis");
    node.putArray("stickers");
    node.putArray("voice_states");
    node.putArray("presences");
    node.putArray("threads");
    node.putArray("stage_instances");
    node.putArray("guild_scheduled_events");
    ArrayNode roles = node.putArray("roles");
    roles.add(role(world.everyone(), 0));
    roles.add(role(world.editors(), 1));
    node.putArray("channels")
        .add(channel(world.newsChannel()))
        .add(channel(world.generalChannel()));
    ArrayNode members = node.putArray("members");
    members.add(member(world.bot(), true));
    world.humans().forEach(u -> members.add(member(u, true)));
    // Javacord waits at startup until member_count equals the members it was sent.
    node.put("member_count", members.size());
    return node;
  }

  ObjectNode application() {
    User bot = world.bot();
    ObjectNode node =
        NODES
            .objectNode()
            .put("id", id(bot.id()))
            .put("name", bot.username())
            .putNull("icon")
            .put("description", "Answers news questions")
            .put("bot_public", false)
            .put("bot_require_code_grant", false)
            .put("verify_key", "0".repeat(64))
            .put("flags", 0)
            .putNull("team");
    node.set("owner", user(world.alice()));
    node.set("bot", user(bot));
    node.putArray("rpc_origins");
    return node;
  }

  /** A message as Discord returns it from a create or edit, authored by the bot. */
  ObjectNode message(long id, long channelId, User author, JsonNode body, Instant at) {
    ObjectNode node =
        NODES
            .objectNode()
            .put("id", id(id))
            .put("type", 0)
            .put("channel_id", id(channelId))
            .put("content", body.path("content").asText(""))
            .put("timestamp", at.toString())
            .putNull("edited_timestamp")
            .put("tts", false)
            .put("mention_everyone", false)
            .put("pinned", false)
            .put("flags", body.path("flags").asInt(0));
    Channel channel = world.channel(channelId);
    if (channel != null && !channel.isDm()) {
      node.put("guild_id", id(channel.guildId()));
    }
    node.set("author", user(author));
    node.putArray("mentions");
    node.putArray("mention_roles");
    node.putArray("attachments");
    node.set("embeds", body.has("embeds") ? body.get("embeds").deepCopy() : NODES.arrayNode());
    node.set(
        "components",
        body.has("components") ? body.get("components").deepCopy() : NODES.arrayNode());
    return node;
  }
}
