package io.newsdesk.discord.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * Discord's gateway (v10, JSON, uncompressed text frames): HELLO, heartbeats, IDENTIFY with the
 * token and intent checks, READY then GUILD_CREATE, RESUME with replay, and dispatching events.
 */
final class GatewayServer {

  /** Intent bits Discord knows; any other bit is "invalid intents" (4013). */
  static final long KNOWN_INTENTS =
      ((1L << 17) - 1) | (1L << 20) | (1L << 21) | (1L << 24) | (1L << 25);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String token;
  private final EmulatorConfig config;
  private final EntityJson entities;
  private final DiscordWorld world;
  private final BiConsumer<String, String> violations;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final List<Integer> closeCodes = new CopyOnWriteArrayList<>();
  private volatile Session current;

  GatewayServer(
      String token,
      EmulatorConfig config,
      DiscordWorld world,
      EntityJson entities,
      BiConsumer<String, String> violations) {
    this.token = token;
    this.config = config;
    this.world = world;
    this.entities = entities;
    this.violations = violations;
  }

  /** The bot's gateway session; its connection may be down (between disconnect and resume). */
  private static final class Session {
    final String id = UUID.randomUUID().toString().replace("-", "");
    final long intents;
    final List<String> sent = new ArrayList<>();
    volatile WebSocketConnection connection;
    int seq;
    int resumes;

    Session(long intents) {
      this.intents = intents;
    }
  }

  Optional<Long> intents() {
    Session session = current;
    return session == null ? Optional.empty() : Optional.of(session.intents);
  }

  int resumeCount() {
    Session session = current;
    return session == null ? 0 : session.resumes;
  }

  boolean isConnected() {
    Session session = current;
    return session != null && session.connection != null;
  }

  /** Serves one websocket connection until it closes; runs on the proxy's connection thread. */
  void serve(HttpRequest upgrade, WebSocketConnection connection) {
    if (!upgrade.query().contains("v=10") || !upgrade.query().contains("encoding=json")) {
      violations.accept("gateway.url", "connected with '" + upgrade.query() + "', want v=10&json");
    }
    Session session = null;
    try {
      send(
          connection,
          op(10).set("d", JSON.createObjectNode().put("heartbeat_interval", heartbeat())));
      while (true) {
        var message = connection.readMessage();
        if (message.isEmpty() || message.get().isClose()) {
          break;
        }
        JsonNode packet = JSON.readTree(message.get().asText());
        int op = packet.path("op").asInt(-1);
        switch (op) {
          case 1 -> send(connection, op(11));
          case 2 -> session = identify(connection, session, packet.path("d"));
          case 6 -> session = resume(connection, packet.path("d"));
          case 3, 4, 8 -> {
            if (session == null) {
              closeWith(connection, 4003, "Not authenticated.");
              return;
            }
            // presence, voice state, member requests: accepted and ignored
          }
          default -> {
            closeWith(connection, 4001, "Unknown opcode.");
            return;
          }
        }
      }
    } catch (IOException e) {
      // connection gone or garbage: Discord would drop it too
    } finally {
      if (session != null && session.connection == connection) {
        session.connection = null;
      }
      connection.close();
    }
  }

  /** Javacord sends "Bot <token>" in IDENTIFY and RESUME; Discord accepts it with or without. */
  private boolean tokenMatches(String sent) {
    return sent.equals(token) || sent.equals("Bot " + token);
  }

  private int heartbeat() {
    return (int) config.heartbeatInterval().toMillis();
  }

  private Session identify(WebSocketConnection connection, Session existing, JsonNode d)
      throws IOException {
    if (existing != null) {
      closeWith(connection, 4005, "Already authenticated.");
      return existing;
    }
    if (!tokenMatches(d.path("token").asText())) {
      closeWith(connection, 4004, "Authentication failed.");
      return null;
    }
    long intents = d.path("intents").asLong(-1);
    if (intents < 0 || (intents & ~KNOWN_INTENTS) != 0) {
      closeWith(connection, 4013, "Invalid intent(s).");
      return null;
    }
    long refused = intents & EmulatorConfig.PRIVILEGED & ~config.grantedPrivilegedIntents();
    if (refused != 0) {
      closeWith(connection, 4014, "Disallowed intent(s).");
      return null;
    }
    Session session = new Session(intents);
    session.connection = connection;
    sessions.put(session.id, session);
    current = session;
    ObjectNode ready = JSON.createObjectNode().put("v", 10);
    ready.set("user", entities.user(world.bot()));
    ready
        .putArray("guilds")
        .addObject()
        .put("id", EntityJson.id(world.guild().id()))
        .put("unavailable", true);
    ready.put("session_id", session.id).put("resume_gateway_url", "wss://gateway.discord.gg");
    ready.putArray("private_channels");
    ready.putObject("application").put("id", EntityJson.id(world.bot().id())).put("flags", 0);
    dispatch(session, "READY", ready);
    // Javacord throws on an interaction whose channel it has not cached (issue #1198).
    dispatch(session, "GUILD_CREATE", entities.guildCreate());
    return session;
  }

  private Session resume(WebSocketConnection connection, JsonNode d) throws IOException {
    if (!tokenMatches(d.path("token").asText())) {
      closeWith(connection, 4004, "Authentication failed.");
      return null;
    }
    Session session = sessions.get(d.path("session_id").asText());
    if (session == null) {
      send(connection, op(9).put("d", false));
      return null;
    }
    int after = d.path("seq").asInt(0);
    synchronized (session) {
      session.connection = connection;
      session.resumes++;
      for (int seq = after + 1; seq <= session.sent.size(); seq++) {
        connection.sendText(session.sent.get(seq - 1));
      }
    }
    current = session;
    dispatch(session, "RESUMED", JSON.createObjectNode());
    return session;
  }

  /** Sends a dispatch event to the bot; false when no session is identified. */
  boolean dispatch(String type, JsonNode data) {
    Session session = current;
    if (session == null) {
      return false;
    }
    dispatch(session, type, data);
    return true;
  }

  private void dispatch(Session session, String type, JsonNode data) {
    synchronized (session) {
      session.seq++;
      ObjectNode frame = op(0).put("s", session.seq).put("t", type);
      frame.set("d", data);
      String text = frame.toString();
      session.sent.add(text);
      WebSocketConnection connection = session.connection;
      if (connection != null) {
        try {
          connection.sendText(text);
        } catch (IOException e) {
          session.connection = null; // kept in the log; a RESUME replays it
        }
      }
    }
  }

  /** The close codes the gateway sent, in order. */
  List<Integer> closeCodes() {
    return List.copyOf(closeCodes);
  }

  private void closeWith(WebSocketConnection connection, int code, String reason) {
    closeCodes.add(code);
    connection.close(code, reason);
  }

  /** Closes the bot's connection with a close code (4000 keeps the session resumable). */
  void disconnect(int closeCode, String reason) {
    Session session = current;
    WebSocketConnection connection = session == null ? null : session.connection;
    if (connection != null) {
      session.connection = null;
      closeWith(connection, closeCode, reason);
    }
  }

  /** Drops the bot's TCP connection without a close frame, like a network failure. */
  void drop() {
    Session session = current;
    WebSocketConnection connection = session == null ? null : session.connection;
    if (connection != null) {
      session.connection = null;
      connection.close();
    }
  }

  void closeAll() {
    sessions.values().forEach(s -> Optional.ofNullable(s.connection).ifPresent(c -> c.close()));
  }

  private static ObjectNode op(int op) {
    ObjectNode node = JSON.createObjectNode().put("op", op);
    node.putNull("d");
    if (op == 0) {
      node.remove("d");
    }
    return node;
  }

  private static void send(WebSocketConnection connection, JsonNode packet) throws IOException {
    connection.sendText(packet.toString());
  }
}
