package io.newsdesk.cli;

import io.newsdesk.app.IndexRefresher;
import io.newsdesk.app.Newsdesk;
import io.newsdesk.discord.BotServices;
import io.newsdesk.discord.BotStartupException;
import io.newsdesk.discord.DiscordBot;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk bot}: serves the answers on Discord until stopped (SIGTERM or Ctrl-C). */
@Command(
    name = "bot",
    description = "Run the Discord bot (token from the DISCORD_TOKEN environment variable).")
final class BotCommand implements Callable<Integer> {
  @ParentCommand NewsdeskCli root;

  @Override
  public Integer call() throws Exception {
    try (Newsdesk newsdesk = Newsdesk.forWriting(root.configFile(), System.getenv(), true)) {
      newsdesk.updateFromConfig(new io.newsdesk.index.IngestProgress(), () -> false);
      DiscordBot bot;
      try {
        bot = DiscordBot.start(BotServices.of(newsdesk), System.getenv());
      } catch (BotStartupException e) {
        throw new NewsdeskCli.UserError(e.getMessage());
      }
      int minutes = newsdesk.config().articles().refreshMinutes();
      try (IndexRefresher refresher =
          minutes > 0 ? IndexRefresher.every(Duration.ofMinutes(minutes), newsdesk) : null) {
        Thread hook = new Thread(bot::close, "newsdesk-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        bot.awaitShutdown();
        return 0;
      }
    }
  }
}
