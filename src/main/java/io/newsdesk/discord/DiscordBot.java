package io.newsdesk.discord;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import org.javacord.api.DiscordApi;
import org.javacord.api.DiscordApiBuilder;
import org.javacord.api.entity.intent.Intent;
import org.javacord.api.exception.DiscordException;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot: one Javacord connection per shard this process runs, the slash commands
 * registered with one bulk overwrite, and the listeners. {@link #close()} disconnects cleanly.
 */
public final class DiscordBot implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
  static final long LOGIN_TIMEOUT_SECONDS = 60;

  /** View Channels, Send Messages, Embed Links, Read Message History. */
  public static final long INVITE_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 14) | (1L << 16);

  private final List<DiscordApi> shards;
  private final List<ExecutorService> pools;
  private final boolean messageContent;
  private final CountDownLatch closed = new CountDownLatch(1);

  private DiscordBot(List<DiscordApi> shards, List<ExecutorService> pools, boolean messageContent) {
    this.shards = shards;
    this.pools = pools;
    this.messageContent = messageContent;
  }

  /**
   * Checks that {@code DISCORD_TOKEN} is set and shaped like a bot token, before anything else is
   * done (indexing can take minutes; a missing token should not wait for it).
   *
   * @throws BotStartupException naming what is wrong and where to get a token, never the token
   */
  public static void checkToken(Map<String, String> env) {
    BotToken.from(env);
  }

  /**
   * Starts the bot with the token from {@code DISCORD_TOKEN}. Where Discord's name does not resolve
   * at all (no network, no DNS), says so at once instead of retrying for a minute.
   */
  public static DiscordBot start(BotServices services, Map<String, String> env) {
    String token = BotToken.from(env);
    checkResolves(DISCORD_HOST);
    return start(token, services, builder -> builder);
  }

  static final String DISCORD_HOST = "discord.com";

  /**
   * Fails with one line when {@code host} does not resolve. Skipped behind an HTTPS proxy, which
   * may resolve names this machine cannot.
   */
  static void checkResolves(String host) {
    if (System.getProperty("https.proxyHost") != null) {
      return;
    }
    try {
      java.net.InetAddress.getAllByName(host);
    } catch (java.net.UnknownHostException e) {
      throw new BotStartupException(
          "cannot reach Discord: "
              + host
              + " does not resolve (no network or no DNS here): check the network of this machine"
              + " or container",
          e);
    }
  }

  /**
   * Starts the bot. {@code connection} may adjust each shard's builder (tests point it at an
   * emulator through a proxy).
   */
  public static DiscordBot start(
      String token, BotServices services, UnaryOperator<DiscordApiBuilder> connection) {
    ExecutorService workers =
        Executors.newFixedThreadPool(
            2, Thread.ofPlatform().name("newsdesk-answers").daemon().factory());
    ExecutorService maintenance =
        Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("newsdesk-maintenance").daemon().factory());
    Replier replier = new Replier(new PageStore());
    UserRateLimiter limiter =
        new UserRateLimiter(services.settings().rateLimitPerMinute(), Clock.systemUTC());
    List<Command> commands = Commands.all(services);
    InteractionRouter router =
        new InteractionRouter(
            commands, services.settings(), limiter, replier, workers, maintenance);
    MessageQuestions messages = new MessageQuestions(services, limiter, replier, workers);
    boolean wantContent = !services.settings().askChannels().isEmpty();
    List<DiscordApi> shards = new ArrayList<>();
    boolean gotContent = wantContent;
    try {
      for (int shard : services.settings().shardsToRun()) {
        DiscordApiBuilder builder =
            connection.apply(
                new DiscordApiBuilder()
                    .setToken(token)
                    .setTotalShards(services.settings().totalShards())
                    .setCurrentShard(shard)
                    .setWaitForServersOnStartup(false));
        Login login = login(builder, wantContent);
        gotContent &= login.messageContent();
        DiscordApi api = login.api();
        shards.add(api);
        api.addSlashCommandCreateListener(router);
        api.addAutocompleteCreateListener(router);
        api.addButtonClickListener(router);
        api.addMessageCreateListener(messages);
        LOG.info(
            "connected to Discord as {} (shard {} of {})",
            api.getYourself().getDiscriminatedName(),
            shard,
            services.settings().totalShards());
        if (shard == 0) {
          register(api, commands, services.settings().guildId());
        }
      }
    } catch (RuntimeException e) {
      shards.forEach(DiscordBot::disconnect);
      workers.shutdownNow();
      maintenance.shutdownNow();
      throw e;
    }
    return new DiscordBot(List.copyOf(shards), List.of(workers, maintenance), gotContent);
  }

  private record Login(DiscordApi api, boolean messageContent) {}

  /**
   * Logs in, with MESSAGE_CONTENT when ask channels need it. Javacord reports a closed gateway only
   * as a failed login, so a refusal with the intent followed by a success without it is Discord's
   * 4014 (intent not switched on): say which setting to switch on, and serve everything else.
   */
  private static Login login(DiscordApiBuilder builder, boolean messageContent) {
    if (messageContent) {
      try {
        return new Login(await(builder.addIntents(Intent.MESSAGE_CONTENT).login()), true);
      } catch (BotStartupException e) {
        builder.setAllNonPrivilegedIntents();
        DiscordApi api = await(builder.login());
        LOG.error(
            "Discord refused the Message Content intent (gateway close code 4014, disallowed"
                + " intents), so ask channels are off. To turn them on, open the Discord Developer"
                + " Portal → your application → Bot → Privileged Gateway Intents, switch on"
                + " MESSAGE CONTENT INTENT, save and restart the bot. Slash commands, mentions"
                + " and DMs keep working.");
        return new Login(api, false);
      }
    }
    return new Login(await(builder.login()), false);
  }

  private static DiscordApi await(CompletableFuture<DiscordApi> login) {
    try {
      return login.get(LOGIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | CompletionException e) {
      throw new BotStartupException(
          "Discord refused the login: the token in "
              + BotToken.VARIABLE
              + " is wrong or was reset (gateway close code 4004, authentication failed). Get a"
              + " new one from the "
              + BotToken.WHERE
              + ". ("
              + Optional.ofNullable(e.getCause()).orElse(e).getMessage()
              + ")",
          e);
    } catch (TimeoutException e) {
      login.cancel(true);
      throw new BotStartupException(
          "No answer from Discord within "
              + LOGIN_TIMEOUT_SECONDS
              + " s: check the network (discord.com and gateway.discord.gg over HTTPS).",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BotStartupException("interrupted while logging in to Discord", e);
    }
  }

  /** One bulk overwrite: to the configured server, else global. */
  private static void register(DiscordApi api, List<Command> commands, Optional<Long> guildId) {
    Set<SlashCommandBuilder> definitions = new HashSet<>();
    commands.forEach(c -> definitions.add(c.definition()));
    try {
      if (guildId.isPresent()) {
        api.bulkOverwriteServerApplicationCommands(guildId.get(), definitions).join();
      } else {
        api.bulkOverwriteGlobalApplicationCommands(definitions).join();
      }
      LOG.info(
          "registered {} slash commands {}",
          definitions.size(),
          guildId.map(id -> "in server " + id).orElse("globally (may take up to an hour to show)"));
    } catch (CompletionException e) {
      throw registrationFailed(api, guildId, e.getCause());
    }
  }

  private static BotStartupException registrationFailed(
      DiscordApi api, Optional<Long> guildId, Throwable cause) {
    boolean forbidden =
        cause instanceof DiscordException d
            && d.getResponse().map(r -> r.getCode() == 403).orElse(false);
    String detail = Optional.ofNullable(cause).map(Throwable::getMessage).orElse("");
    if (!forbidden) {
      return new BotStartupException("Registering the slash commands failed: " + detail, cause);
    }
    return new BotStartupException(
        "Discord refused to register the slash commands (403 Missing Access, code 50001): the bot"
            + " was invited without the applications.commands scope"
            + guildId.map(id -> ", or it is not in server " + id + " (discord.guild-id)").orElse("")
            + ". Invite it again with "
            + inviteUrl(api.getClientId()),
        cause);
  }

  /** The invite link with the scopes and permissions the bot needs. */
  public static String inviteUrl(long applicationId) {
    return "https://discord.com/oauth2/authorize?client_id="
        + applicationId
        + "&scope=bot+applications.commands&permissions="
        + INVITE_PERMISSIONS;
  }

  /** Whether ask channels work, i.e. Discord granted the MESSAGE_CONTENT intent. */
  /**
   * Tells {@code listener} whether every shard is connected to Discord's gateway, each time a shard
   * loses its connection or gets it back (reconnect or resume) after the login.
   */
  public void onConnection(java.util.function.Consumer<Boolean> listener) {
    boolean[] up = new boolean[shards.size()];
    java.util.Arrays.fill(up, true);
    for (int i = 0; i < shards.size(); i++) {
      int shard = i;
      DiscordApi api = shards.get(i);
      api.addLostConnectionListener(event -> connection(up, shard, false, listener));
      api.addReconnectListener(event -> connection(up, shard, true, listener));
      api.addResumeListener(event -> connection(up, shard, true, listener));
    }
  }

  private static void connection(
      boolean[] up, int shard, boolean connected, java.util.function.Consumer<Boolean> listener) {
    if (!connected) {
      io.newsdesk.metrics.Meters.discordDisconnected();
    }
    boolean all = true;
    synchronized (up) {
      up[shard] = connected;
      for (boolean u : up) {
        all &= u;
      }
    }
    listener.accept(all);
  }

  public boolean readsAllMessages() {
    return messageContent;
  }

  /** Blocks until {@link #close()} (e.g. from the shutdown hook on SIGTERM). */
  public void awaitShutdown() throws InterruptedException {
    closed.await();
  }

  @Override
  public void close() {
    if (closed.getCount() == 0) {
      return;
    }
    LOG.info("disconnecting from Discord");
    shards.forEach(DiscordBot::disconnect);
    pools.forEach(ExecutorService::shutdown);
    closed.countDown();
  }

  private static void disconnect(DiscordApi api) {
    try {
      api.disconnect().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      LOG.warn("disconnect did not finish cleanly: {}", e.toString());
    }
  }
}
