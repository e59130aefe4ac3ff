package io.newsdesk.discord.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interaction routes: the first response (callback), follow-ups and edits, with Discord's
 * timing rules (3 s to acknowledge, 15 min token) and what each response type may carry.
 */
final class InteractionEndpoints {

  private static final Pattern CALLBACK = Pattern.compile("/interactions/(\\d+)/([^/]+)/callback");
  private static final Pattern FOLLOW_UP = Pattern.compile("/webhooks/(\\d+)/([^/]+)");
  private static final Pattern EDIT =
      Pattern.compile("/webhooks/(\\d+)/([^/]+)/messages/(@original|\\d+)");

  private final DiscordWorld world;
  private final EntityJson entities;
  private final EmulatorConfig config;
  private final ViolationLog violations;
  private final ChannelMessages messages;
  private final Map<Long, InteractionHandle> byId = new ConcurrentHashMap<>();
  private final Map<String, InteractionHandle> byToken = new ConcurrentHashMap<>();
  private final Map<InteractionHandle, Long> channelOf = new ConcurrentHashMap<>();

  InteractionEndpoints(
      DiscordWorld world,
      EntityJson entities,
      EmulatorConfig config,
      ViolationLog violations,
      ChannelMessages messages) {
    this.world = world;
    this.entities = entities;
    this.config = config;
    this.violations = violations;
    this.messages = messages;
  }

  void register(InteractionHandle handle, long channelId) {
    byId.put(handle.id(), handle);
    byToken.put(handle.token(), handle);
    channelOf.put(handle, channelId);
  }

  Optional<HttpResponse> route(String method, String path, JsonNode body, String label) {
    Matcher m = CALLBACK.matcher(path);
    if (m.matches() && method.equals("POST")) {
      return Optional.of(callback(Long.parseLong(m.group(1)), m.group(2), body, label));
    }
    m = EDIT.matcher(path);
    if (m.matches() && method.equals("PATCH")) {
      return Optional.of(edit(m.group(1), m.group(2), m.group(3), body, label));
    }
    m = FOLLOW_UP.matcher(path);
    if (m.matches() && method.equals("POST")) {
      return Optional.of(followUp(m.group(1), m.group(2), body, label));
    }
    return Optional.empty();
  }

  private HttpResponse callback(long id, String token, JsonNode body, String label) {
    InteractionHandle handle = byId.get(id);
    if (handle == null || !handle.token().equals(token)) {
      return HttpResponse.error(404, 10062, "Unknown interaction");
    }
    Instant now = Instant.now();
    Duration age = Duration.between(handle.createdAt(), now);
    if (age.compareTo(config.interactionDeadline()) > 0) {
      if (handle.markLate()) {
        violations.add(
            "interaction.deadline",
            "first response after "
                + age.toMillis()
                + " ms, allowed "
                + config.interactionDeadline(),
            label);
      }
      return HttpResponse.error(404, 10062, "Unknown interaction");
    }
    if (handle.isAcknowledged()) {
      violations.add("interaction.acknowledged-twice", "a second callback", label);
      return HttpResponse.error(400, 40060, "Interaction has already been acknowledged.");
    }
    int type = body.path("type").asInt(-1);
    JsonNode data = body.path("data");
    if (!typeAllowed(handle.type(), type)) {
      violations.add(
          "interaction.callback-type",
          "callback type " + type + " for interaction type " + handle.type(),
          label);
      return HttpResponse.error(400, 50035, "Invalid Form Body");
    }
    // The body's limits were checked by RestApi before it got here.
    long messageId = type == 4 || type == 5 ? DiscordWorld.snowflake() : 0;
    if (messageId != 0) {
      messages.remember(messageId, messageOf(handle, messageId, data, now));
    }
    handle.record(new InteractionResponse(InteractionResponse.Kind.CALLBACK, type, body, now), 0);
    return HttpResponse.noContent();
  }

  private static boolean typeAllowed(int interactionType, int callbackType) {
    return switch (interactionType) {
      case InteractionHandle.APPLICATION_COMMAND -> Set.of(4, 5, 9).contains(callbackType);
      case InteractionHandle.MESSAGE_COMPONENT -> Set.of(4, 5, 6, 7, 9).contains(callbackType);
      case InteractionHandle.AUTOCOMPLETE -> callbackType == 8;
      default -> false;
    };
  }

  private HttpResponse followUp(String app, String token, JsonNode body, String label) {
    Optional<InteractionHandle> handle = usableToken(app, token, label);
    if (handle.isEmpty()) {
      return HttpResponse.error(404, 10015, "Unknown Webhook");
    }
    Instant now = Instant.now();
    long messageId = DiscordWorld.snowflake();
    JsonNode message = messageOf(handle.get(), messageId, body, now);
    messages.remember(messageId, message);
    handle
        .get()
        .record(
            new InteractionResponse(InteractionResponse.Kind.FOLLOW_UP, 0, body, now), messageId);
    return RestApi.json(message);
  }

  private HttpResponse edit(String app, String token, String which, JsonNode body, String label) {
    Optional<InteractionHandle> found = usableToken(app, token, label);
    if (found.isEmpty()) {
      return HttpResponse.error(404, 10015, "Unknown Webhook");
    }
    InteractionHandle handle = found.get();
    boolean original = which.equals("@original");
    if (original ? !handle.hasOriginalMessage() : !handle.ownsMessage(Long.parseLong(which))) {
      violations.add("interaction.unknown-message", "no message " + which + " to edit", label);
      return HttpResponse.error(404, 10008, "Unknown Message");
    }
    Instant now = Instant.now();
    var kind =
        original ? InteractionResponse.Kind.EDIT_ORIGINAL : InteractionResponse.Kind.EDIT_FOLLOW_UP;
    handle.record(new InteractionResponse(kind, 0, body, now), 0);
    long messageId = original ? DiscordWorld.snowflake() : Long.parseLong(which);
    return RestApi.json(messageOf(handle, messageId, body, now));
  }

  /** The interaction of a webhook token, if it may still be used (acknowledged, not expired). */
  private Optional<InteractionHandle> usableToken(String app, String token, String label) {
    InteractionHandle handle = byToken.get(token);
    if (handle == null || !app.equals(EntityJson.id(world.bot().id()))) {
      violations.add("interaction.unknown-token", "no interaction with this token", label);
      return Optional.empty();
    }
    if (!handle.isAcknowledged()) {
      violations.add(
          "interaction.before-ack", "follow-up or edit before the interaction was answered", label);
      return Optional.empty();
    }
    Duration age = Duration.between(handle.createdAt(), Instant.now());
    if (age.compareTo(config.interactionTokenLifetime()) > 0) {
      violations.add("interaction.token-expired", "token used after " + age, label);
      return Optional.empty();
    }
    return Optional.of(handle);
  }

  private JsonNode messageOf(InteractionHandle handle, long messageId, JsonNode body, Instant at) {
    long channelId = channelOf.getOrDefault(handle, world.newsChannel().id());
    return entities.message(messageId, channelId, world.bot(), body, at);
  }
}
