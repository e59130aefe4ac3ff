package io.newsdesk.cli;

import io.newsdesk.app.BotState;
import io.newsdesk.app.ClusterFeedRounds;
import io.newsdesk.app.LiveIngest;
import io.newsdesk.app.Newsdesk;
import io.newsdesk.discord.BotServices;
import io.newsdesk.discord.BotStartupException;
import io.newsdesk.discord.DiscordBot;
import io.newsdesk.index.IngestProgress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code newsdesk bot}: serves the answers on Discord until stopped (SIGTERM or Ctrl-C), following
 * the news meanwhile: files as they are written, feeds on their schedules.
 */
@Command(
    name = "bot",
    description = "Run the Discord bot (token from the DISCORD_TOKEN environment variable).")
final class BotCommand implements Callable<Integer> {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BotCommand.class);

  @ParentCommand NewsdeskCli root;

  @Override
  public Integer call() throws Exception {
    try {
      DiscordBot.checkToken(System.getenv()); // before any indexing
    } catch (BotStartupException e) {
      throw new NewsdeskCli.UserError(e.getMessage());
    }
    if (Newsdesk.configuredOnCluster(root.configFile(), System.getenv())) {
      return onCluster();
    }
    try (Newsdesk newsdesk = Newsdesk.forWriting(root.configFile(), System.getenv(), true);
        BotMetrics metrics = BotMetrics.start(newsdesk)) {
      // Not connected until logged in: a state left by a bot that died is replaced at once.
      BotState.now(false).write(newsdesk.folder().botStateFile());
      newsdesk.updateFromConfig(new IngestProgress(), () -> false);
      int minutes = newsdesk.config().articles().refreshMinutes();
      try (LiveIngest live = LiveIngest.start(newsdesk, Duration.ofMinutes(minutes))) {
        newsdesk.awaitModel();
        LOG.info(
            "ready to answer in {} s (index open and up to date, model loaded); logging in to Discord…",
            String.format(java.util.Locale.ROOT, "%.1f", sinceStart()));
        return serve(newsdesk, BotServices.of(newsdesk, live), metrics);
      }
    }
  }

  /**
   * A bot that answers from a cluster, as many bots may: the cluster is filled by {@code newsdesk
   * index}; the configured feeds are polled into it by the bots, one round at a time.
   */
  private int onCluster() throws Exception {
    try (Newsdesk newsdesk = Newsdesk.forReading(root.configFile(), System.getenv());
        BotMetrics metrics = BotMetrics.start(newsdesk)) {
      java.nio.file.Files.createDirectories(newsdesk.folder().path()); // for the bot's state
      BotState.now(false).write(newsdesk.folder().botStateFile());
      newsdesk.awaitModel();
      LOG.info(
          "ready to answer from the OpenSearch cluster in {} s (model loaded); logging in to"
              + " Discord…",
          String.format(java.util.Locale.ROOT, "%.1f", sinceStart()));
      Optional<ClusterFeedRounds> feeds = newsdesk.followFeedsOnCluster();
      try {
        return serve(newsdesk, BotServices.onCluster(newsdesk), metrics);
      } finally {
        feeds.ifPresent(ClusterFeedRounds::close);
      }
    }
  }

  /** Logs in to Discord and answers until stopped. */
  private static int serve(Newsdesk newsdesk, BotServices services, BotMetrics metrics)
      throws IOException, InterruptedException {
    DiscordBot bot;
    try {
      bot = DiscordBot.start(services, System.getenv());
    } catch (BotStartupException e) {
      throw new NewsdeskCli.UserError(e.getMessage());
    }
    Path state = newsdesk.folder().botStateFile();
    BotState.now(true).write(state); // for `newsdesk health --bot`
    metrics.connected(true);
    bot.onConnection(
        connected -> {
          write(state, connected);
          metrics.connected(connected);
        });
    Thread hook =
        new Thread(
            () -> {
              bot.close();
              write(state, false);
            },
            "newsdesk-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    bot.awaitShutdown();
    write(state, false);
    return 0;
  }

  /** Seconds since this process started. */
  private static double sinceStart() {
    return ProcessHandle.current()
        .info()
        .startInstant()
        .map(t -> java.time.Duration.between(t, java.time.Instant.now()).toMillis() / 1000.0)
        .orElse(Double.NaN);
  }

  private static void write(Path state, boolean connected) {
    try {
      BotState.now(connected).write(state);
    } catch (IOException e) {
      LOG.warn("cannot write the bot's state to {}: {}", state, e.getMessage());
    }
  }
}
