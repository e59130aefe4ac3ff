package io.newsdesk.discord.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.discord.emulator.DiscordWorld.Channel;
import io.newsdesk.discord.emulator.DiscordWorld.User;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for Discord that a real Javacord client talks to through an HTTP CONNECT proxy, and
 * that records every breach of Discord's rules as a {@link Violation}.
 *
 * <pre>{@code
 * try (DiscordEmulator emu = DiscordEmulator.start(EmulatorConfig.defaults())) {
 *   DiscordApi api = new DiscordApiBuilder().setToken(emu.validToken())
 *       .setProxy(emu.proxy()).setTrustAllCertificates(true).login().join();
 *   InteractionHandle ask = emu.sendSlashCommand(emu.world().newsChannel(),
 *       emu.world().bob(), "ask", Map.of("question", "Who won?"));
 *   ask.awaitAnswer(Duration.ofSeconds(5));
 *   assertThat(emu.violations()).isEmpty();
 * }
 * }</pre>
 */
public final class DiscordEmulator implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final EmulatorConfig config;
  private final DiscordWorld world = DiscordWorld.create();
  private final EntityJson entities = new EntityJson(world);
  private final String token;
  private final ViolationLog violations = new ViolationLog();
  private final ChannelMessages messages;
  private final InteractionEndpoints interactions;
  private final RestApi rest;
  private final GatewayServer gateway;
  private final InteractionEvents events;
  private final ConnectProxy proxy;
  private final ScheduledExecutorService timers;
  private volatile long lastUserMessage;

  private DiscordEmulator(EmulatorConfig config) throws IOException {
    this.config = config;
    this.token = newToken(world.bot().id());
    this.messages = new ChannelMessages(world, entities, violations);
    this.interactions = new InteractionEndpoints(world, entities, config, violations, messages);
    Optional<OpenApiSchemas> schemas =
        OpenApiSchemas.available() ? Optional.of(OpenApiSchemas.load()) : Optional.empty();
    this.rest =
        new RestApi(
            token,
            world,
            entities,
            schemas,
            violations,
            config.unknownRoutesAreViolations(),
            interactions,
            messages);
    this.gateway =
        new GatewayServer(
            token,
            config,
            world,
            entities,
            (rule, detail) -> violations.add(rule, detail, "gateway"));
    this.events = new InteractionEvents(world, entities);
    this.timers =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "discord-emulator-timers");
              thread.setDaemon(true);
              return thread;
            });
    this.proxy = new ConnectProxy(TestCertificate.serverContext(), site(), this::unknownHost);
  }

  /** Starts an emulator on an ephemeral loopback port. */
  public static DiscordEmulator start(EmulatorConfig config) {
    try {
      return new DiscordEmulator(config);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Discord emulator", e);
    }
  }

  public static DiscordEmulator start() {
    return start(EmulatorConfig.defaults());
  }

  /** Whether Discord's OpenAPI spec was found, i.e. whether request bodies are schema-checked. */
  public static boolean schemaValidationAvailable() {
    return OpenApiSchemas.available();
  }

  /** The HTTP proxy to give Javacord's {@code DiscordApiBuilder.setProxy}. */
  public Proxy proxy() {
    return proxy.proxy();
  }

  /** The bot token this emulator accepts (unique per emulator, see the report on rate limits). */
  public String validToken() {
    return token;
  }

  public DiscordWorld world() {
    return world;
  }

  public List<Violation> violations() {
    return violations.all();
  }

  /** Routes the bot called that the emulator does not serve, e.g. {@code GET /guilds/1/roles}. */
  public List<String> unknownRoutes() {
    return rest.unknownRoutes();
  }

  /** Every REST call, as {@code METHOD /path} under /api/v10, in order. */
  public List<String> restCalls() {
    return rest.calls().stream().map(c -> c.method() + " " + c.path()).toList();
  }

  /** The commands of every bulk overwrite so far: global ones first, then the guild's. */
  public List<JsonNode> registeredCommands() {
    List<JsonNode> all = new ArrayList<>();
    Map<String, JsonNode> byScope = rest.commands();
    Optional.ofNullable(byScope.get("global")).ifPresent(a -> a.forEach(all::add));
    byScope.entrySet().stream()
        .filter(e -> !e.getKey().equals("global"))
        .forEach(e -> e.getValue().forEach(all::add));
    return List.copyOf(all);
  }

  public List<PostedMessage> postedMessages() {
    return messages.posted();
  }

  /** Whether the bot has an identified gateway connection right now. */
  public boolean botConnected() {
    return gateway.isConnected();
  }

  /** The close codes the gateway sent the bot (4004 bad token, 4014 disallowed intents...). */
  public List<Integer> gatewayCloseCodes() {
    return gateway.closeCodes();
  }

  /** How many times the bot resumed its gateway session. */
  public int resumeCount() {
    return gateway.resumeCount();
  }

  /** A user runs a slash command with the permissions of their role. */
  public InteractionHandle sendSlashCommand(
      Channel channel, User user, String command, Map<String, Object> options) {
    long permissions =
        user.equals(world.alice())
            ? DiscordWorld.MEMBER_PERMISSIONS | DiscordWorld.ADMINISTRATOR
            : DiscordWorld.MEMBER_PERMISSIONS;
    return sendSlashCommand(channel, user, command, options, permissions);
  }

  /** A user runs a registered slash command; fails the test if the bot never registered it. */
  public InteractionHandle sendSlashCommand(
      Channel channel, User user, String command, Map<String, Object> options, long permissions) {
    return sendCommandInteraction(
        InteractionHandle.APPLICATION_COMMAND, channel, user, command, options, null, permissions);
  }

  /** A user types in option {@code focused} of a command whose option has autocomplete. */
  public InteractionHandle sendAutocomplete(
      Channel channel, User user, String command, Map<String, Object> options, String focused) {
    return sendCommandInteraction(
        InteractionHandle.AUTOCOMPLETE,
        channel,
        user,
        command,
        options,
        focused,
        DiscordWorld.MEMBER_PERMISSIONS);
  }

  /**
   * An interaction of {@code type} on a registered command ({@code focused}: the option being typed
   * in, for autocomplete); fails the test if the bot never registered the command.
   */
  private InteractionHandle sendCommandInteraction(
      int type,
      Channel channel,
      User user,
      String command,
      Map<String, Object> options,
      String focused,
      long permissions) {
    // "feeds add" is the subcommand "add" of the registered command "feeds".
    String[] parts = command.split(" ", 2);
    JsonNode definition = registeredCommand(parts[0]);
    var event =
        events.command(
            type,
            channel,
            user,
            definition,
            parts.length > 1 ? java.util.Optional.of(parts[1]) : java.util.Optional.empty(),
            options,
            focused,
            permissions);
    return dispatchInteraction(event, channel);
  }

  /** A user clicks a button of a message the bot sent. */
  public InteractionHandle sendButtonClick(long messageId, String customId, User user) {
    JsonNode message = messages.messageJson(messageId);
    if (message == null) {
      throw new IllegalArgumentException("the bot never sent message " + messageId);
    }
    Channel channel = world.channel(message.path("channel_id").asLong());
    return dispatchInteraction(events.buttonClick(channel, user, message, customId), channel);
  }

  /**
   * A user writes in a guild channel; completes with the bot's next message in that channel. As on
   * Discord, the bot sees the content only with the MESSAGE_CONTENT intent or when mentioned.
   */
  public CompletableFuture<PostedMessage> sendMessage(
      Channel channel, User author, String content, boolean mentionsBot) {
    CompletableFuture<PostedMessage> reply = messages.nextReplyIn(channel.id());
    long intents = gateway.intents().orElseThrow(this::notConnected);
    long needed = channel.isDm() ? 1L << 12 : 1L << 9;
    if ((intents & needed) != 0) {
      boolean readable =
          channel.isDm() || mentionsBot || (intents & EmulatorConfig.MESSAGE_CONTENT) != 0;
      String text = mentionsBot ? "<@" + EntityJson.id(world.bot().id()) + "> " + content : content;
      JsonNode message = events.messageCreate(channel, author, readable ? text : "", mentionsBot);
      long id = message.path("id").asLong();
      messages.remember(id, message);
      lastUserMessage = id;
      gateway.dispatch("MESSAGE_CREATE", message);
    }
    return reply;
  }

  /** The id of the last message a user wrote (that the bot's gateway was sent), if any. */
  public Optional<Long> lastUserMessage() {
    return lastUserMessage == 0 ? Optional.empty() : Optional.of(lastUserMessage);
  }

  /** A user writes to the bot in a DM; completes with the bot's next message in that DM. */
  public CompletableFuture<PostedMessage> sendDirectMessage(User author, String content) {
    return sendMessage(world.dmWith(author), author, content, false);
  }

  /** Discord answers the next {@code times} channel messages the bot posts with 429. */
  public void tooManyRequests(int times) {
    rest.tooManyRequests(times);
  }

  /** Closes the gateway with 4000 (unknown error): the session stays resumable. */
  public void disconnect() {
    disconnect(4000, "Unknown error.");
  }

  public void disconnect(int closeCode, String reason) {
    gateway.disconnect(closeCode, reason);
  }

  /** Drops the gateway's TCP connection without a close frame. */
  public void dropConnection() {
    gateway.drop();
  }

  @Override
  public void close() {
    proxy.close();
    gateway.closeAll();
    timers.shutdownNow();
  }

  private JsonNode registeredCommand(String name) {
    return registeredCommands().stream()
        .filter(c -> c.path("name").asText().equals(name))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("the bot never registered a command named " + name));
  }

  private InteractionHandle dispatchInteraction(InteractionEvents.Event event, Channel channel) {
    InteractionHandle handle =
        new InteractionHandle(event.id(), event.token(), event.type(), Instant.now());
    interactions.register(handle, channel.id());
    if (!gateway.dispatch("INTERACTION_CREATE", event.json())) {
      throw notConnected();
    }
    timers.schedule(
        () -> {
          if (!handle.isAcknowledged() && handle.markLate()) {
            violations.add(
                "interaction.deadline",
                "no response to interaction "
                    + handle.id()
                    + " within "
                    + config.interactionDeadline(),
                "INTERACTION_CREATE");
          }
        },
        config.interactionDeadline().toMillis(),
        TimeUnit.MILLISECONDS);
    return handle;
  }

  private IllegalStateException notConnected() {
    return new IllegalStateException("no bot is logged in to the emulator's gateway");
  }

  private void unknownHost(String detail) {
    violations.add("proxy.host", detail, "CONNECT");
  }

  private ConnectProxy.Site site() {
    return new ConnectProxy.Site() {
      @Override
      public HttpResponse handle(String host, HttpRequest request) {
        if (!host.equals("discord.com")) {
          return HttpResponse.error(404, 0, "404: Not Found");
        }
        return rest.handle(request);
      }

      @Override
      public void serveWebSocket(String host, HttpRequest upgrade, WebSocketConnection connection) {
        if (host.equals("gateway.discord.gg")) {
          gateway.serve(upgrade, connection);
        } else {
          connection.close(1008, "no websocket here");
        }
      }
    };
  }

  private static String newToken(long botId) {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    byte[] middle = new byte[4];
    byte[] last = new byte[28];
    RANDOM.nextBytes(middle);
    RANDOM.nextBytes(last);
    return base64.encodeToString(Long.toUnsignedString(botId).getBytes(StandardCharsets.US_ASCII))
        + "."
        + base64.encodeToString(middle)
        + "."
        + base64.encodeToString(last);
  }
}
