package io.newsdesk.discord.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord's REST API v10 as far as a bot needs it: checks the token, validates every JSON body
 * against the OpenAPI schema of its route and the stricter documented limits, and answers with
 * rate-limit headers. Interaction and webhook routes are in {@link InteractionEndpoints}.
 */
final class RestApi {

  static final String PREFIX = "/api/v10";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern COMMANDS =
      Pattern.compile("/applications/(\\d+)(?:/guilds/(\\d+))?/commands");
  private static final Pattern CHANNEL_MESSAGES = Pattern.compile("/channels/(\\d+)/messages");
  private static final Pattern CHANNEL_MESSAGE =
      Pattern.compile("/channels/(\\d+)/messages/(\\d+)");

  /** A request the bot made, as the emulator saw it (body parsed; missing node when none). */
  record Call(String method, String path, JsonNode body) {}

  private final String token;
  private final DiscordWorld world;
  private final EntityJson entities;
  private final Optional<OpenApiSchemas> schemas;
  private final ViolationLog violations;
  private final boolean unknownRoutesAreViolations;
  private final InteractionEndpoints interactions;
  private final ChannelMessages channelMessages;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final List<String> unknownRoutes = new CopyOnWriteArrayList<>();
  private final Map<String, JsonNode> commands = new java.util.concurrent.ConcurrentHashMap<>();

  RestApi(
      String token,
      DiscordWorld world,
      EntityJson entities,
      Optional<OpenApiSchemas> schemas,
      ViolationLog violations,
      boolean unknownRoutesAreViolations,
      InteractionEndpoints interactions,
      ChannelMessages channelMessages) {
    this.token = token;
    this.world = world;
    this.entities = entities;
    this.schemas = schemas;
    this.violations = violations;
    this.unknownRoutesAreViolations = unknownRoutesAreViolations;
    this.interactions = interactions;
    this.channelMessages = channelMessages;
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  List<String> unknownRoutes() {
    return List.copyOf(unknownRoutes);
  }

  /** The commands of the last bulk overwrite, keyed "global" or by guild id. */
  Map<String, JsonNode> commands() {
    return Map.copyOf(commands);
  }

  /** How many of the next requests to post a channel message Discord answers 429. */
  private final java.util.concurrent.atomic.AtomicInteger tooManyMessages =
      new java.util.concurrent.atomic.AtomicInteger();

  void tooManyRequests(int times) {
    tooManyMessages.set(times);
  }

  HttpResponse handle(HttpRequest request) {
    String path = request.path().substring(Math.min(PREFIX.length(), request.path().length()));
    if (request.method().equals("POST")
        && CHANNEL_MESSAGES.matcher(path).matches()
        && tooManyMessages.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      calls.add(new Call(request.method(), path, MissingNode.getInstance()));
      return RateLimitHeaders.tooManyRequests(request.method(), request.path());
    }
    return serve(request).withHeaders(RateLimitHeaders.forRoute(request.method(), request.path()));
  }

  private HttpResponse serve(HttpRequest request) {
    String label = request.method() + " " + request.path();
    if (!request.path().startsWith(PREFIX + "/")) {
      violations.add("rest.version", "not under " + PREFIX, label);
      return HttpResponse.error(404, 0, "404: Not Found");
    }
    String path = request.path().substring(PREFIX.length());
    JsonNode body = parseBody(request, label);
    calls.add(new Call(request.method(), path, body));
    if (needsAuthorization(request.method(), path)
        && !request.header("authorization").orElse("").equals("Bot " + token)) {
      return HttpResponse.error(401, 0, "401: Unauthorized");
    }
    Optional<OpenApiSchemas.Route> route = schemas.flatMap(s -> s.route(request.method(), path));
    String routeLabel = route.map(r -> r.method() + " " + r.template()).orElse(label);
    if (!body.isMissingNode() && rejects(request.method(), path, body, route, routeLabel)) {
      return invalidFormBody();
    }
    return route(request.method(), path, body, routeLabel)
        .orElseGet(() -> unknown(label, request.method() + " " + path));
  }

  /**
   * Records every schema error (as one violation, since anyOf branches each add several) and every
   * broken limit; true when Discord would refuse the body with 400.
   */
  private boolean rejects(
      String method,
      String path,
      JsonNode body,
      Optional<OpenApiSchemas.Route> route,
      String label) {
    List<String> errors = route.map(r -> schemas.get().validate(r, body)).orElse(List.of());
    if (!errors.isEmpty()) {
      String shown = String.join("; ", errors.subList(0, Math.min(5, errors.size())));
      String more = errors.size() > 5 ? " (+" + (errors.size() - 5) + " more)" : "";
      violations.add("schema", shown + more, label);
    }
    boolean limits = violations.addAll(DiscordLimits.forRequest(method, path, body), label);
    return limits || !errors.isEmpty();
  }

  /** GET /gateway and the token-in-URL routes (callbacks, webhooks) take no Authorization. */
  private static boolean needsAuthorization(String method, String path) {
    boolean gateway = method.equals("GET") && path.equals("/gateway");
    return !gateway && !path.startsWith("/interactions/") && !path.startsWith("/webhooks/");
  }

  private Optional<HttpResponse> route(String method, String path, JsonNode body, String label) {
    switch (method + " " + path) {
      case "GET /gateway":
        return Optional.of(json(JSON.createObjectNode().put("url", "wss://gateway.discord.gg")));
      case "GET /gateway/bot":
        return Optional.of(json(gatewayBot()));
      case "GET /oauth2/applications/@me", "GET /applications/@me":
        return Optional.of(json(entities.application()));
      case "GET /users/@me":
        return Optional.of(json(entities.user(world.bot())));
      default:
        break;
    }
    Matcher m = COMMANDS.matcher(path);
    if (m.matches() && (method.equals("PUT") || method.equals("GET"))) {
      return Optional.of(commands(method, m.group(1), m.group(2), body, label));
    }
    m = CHANNEL_MESSAGES.matcher(path);
    if (m.matches() && method.equals("POST")) {
      return Optional.of(channelMessages.post(Long.parseLong(m.group(1)), body, label));
    }
    m = CHANNEL_MESSAGE.matcher(path);
    if (m.matches() && method.equals("PATCH")) {
      return Optional.of(
          channelMessages.edit(
              Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), body, label));
    }
    return interactions.route(method, path, body, label);
  }

  private HttpResponse commands(
      String method, String applicationId, String guildId, JsonNode body, String label) {
    if (!applicationId.equals(EntityJson.id(world.bot().id()))) {
      violations.add(
          "command.application", "application id " + applicationId + " is not ours", label);
      return HttpResponse.error(403, 50001, "Missing Access");
    }
    if (guildId != null && !guildId.equals(EntityJson.id(world.guild().id()))) {
      violations.add("command.guild", "the bot is not in guild " + guildId, label);
      return HttpResponse.error(403, 50001, "Missing Access");
    }
    String key = guildId == null ? "global" : guildId;
    if (method.equals("GET")) {
      return json(commands.getOrDefault(key, JSON.createArrayNode()));
    }
    if (!body.isArray()) {
      return HttpResponse.error(400, 50035, "Invalid Form Body");
    }
    ArrayNode stored = JSON.createArrayNode();
    for (JsonNode command : body) {
      ObjectNode saved = command.deepCopy();
      saved.put("id", EntityJson.id(DiscordWorld.snowflake()));
      saved.put("application_id", applicationId);
      saved.put("version", EntityJson.id(DiscordWorld.snowflake()));
      saved.put("type", command.path("type").asInt(1));
      if (!saved.has("description")) {
        saved.put("description", "");
      }
      if (guildId != null) {
        saved.put("guild_id", guildId);
      }
      stored.add(saved);
    }
    commands.put(key, stored);
    return json(stored);
  }

  private ObjectNode gatewayBot() {
    ObjectNode node =
        JSON.createObjectNode().put("url", "wss://gateway.discord.gg").put("shards", 1);
    node.putObject("session_start_limit")
        .put("total", 1000)
        .put("remaining", 999)
        .put("reset_after", 14_400_000)
        .put("max_concurrency", 1);
    return node;
  }

  private HttpResponse unknown(String label, String route) {
    unknownRoutes.add(route);
    if (unknownRoutesAreViolations) {
      violations.add("rest.unknown-route", "the emulator does not serve " + route, label);
    }
    return HttpResponse.error(404, 0, "404: Not Found");
  }

  /** JSON bodies as they are; multipart bodies by their payload_json part. */
  private JsonNode parseBody(HttpRequest request, String label) {
    if (request.body().length == 0) {
      return MissingNode.getInstance();
    }
    String type = request.header("content-type").orElse("");
    try {
      if (type.startsWith("application/json")) {
        return JSON.readTree(request.body());
      }
      if (type.startsWith("multipart/form-data")) {
        return JSON.readTree(payloadJson(request.bodyText(), type));
      }
    } catch (IOException | IllegalArgumentException e) {
      violations.add("rest.body", "unparseable body: " + e.getMessage(), label);
      return MissingNode.getInstance();
    }
    violations.add("rest.body", "unexpected content type '" + type + "'", label);
    return MissingNode.getInstance();
  }

  private static String payloadJson(String body, String contentType) {
    String boundary = "--" + contentType.replaceAll(".*boundary=\"?([^\";]+)\"?.*", "$1");
    for (String part : body.split(Pattern.quote(boundary))) {
      int split = part.indexOf("\r\n\r\n");
      if (split > 0 && part.substring(0, split).contains("name=\"payload_json\"")) {
        String value = part.substring(split + 4);
        return value.endsWith("\r\n") ? value.substring(0, value.length() - 2) : value;
      }
    }
    throw new IllegalArgumentException("multipart body without a payload_json part");
  }

  /** Discord's answer to a body that breaks its schema or limits. */
  static HttpResponse invalidFormBody() {
    return HttpResponse.error(400, 50035, "Invalid Form Body");
  }

  static HttpResponse json(JsonNode body) {
    return HttpResponse.json(200, body);
  }
}
