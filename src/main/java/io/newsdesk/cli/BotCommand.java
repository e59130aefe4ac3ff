package io.newsdesk.cli;

import io.newsdesk.app.LiveIngest;
import io.newsdesk.app.Newsdesk;
import io.newsdesk.discord.BotServices;
import io.newsdesk.discord.BotStartupException;
import io.newsdesk.discord.DiscordBot;
import io.newsdesk.index.IngestProgress;
import java.time.Duration;
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
  @ParentCommand NewsdeskCli root;

  @Override
  public Integer call() throws Exception {
    try {
      DiscordBot.checkToken(System.getenv()); // before any indexing
    } catch (BotStartupException e) {
      throw new NewsdeskCli.UserError(e.getMessage());
    }
    try (Newsdesk newsdesk = Newsdesk.forWriting(root.configFile(), System.getenv(), true)) {
      newsdesk.updateFromConfig(new IngestProgress(), () -> false);
      int minutes = newsdesk.config().articles().refreshMinutes();
      try (LiveIngest live = LiveIngest.start(newsdesk, Duration.ofMinutes(minutes))) {
        DiscordBot bot;
        try {
          bot = DiscordBot.start(BotServices.of(newsdesk, live), System.getenv());
        } catch (BotStartupException e) {
          throw new NewsdeskCli.UserError(e.getMessage());
        }
        Thread hook = new Thread(bot::close, "newsdesk-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        bot.awaitShutdown();
        return 0;
      }
    }
  }
}
