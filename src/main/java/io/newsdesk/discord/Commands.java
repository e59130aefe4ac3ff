package io.newsdesk.discord;

import java.util.List;

/** Every slash command the bot offers, in the order /help lists them: the one place to add one. */
final class Commands {
  private Commands() {}

  static List<Command> all(BotServices services) {
    return List.of(
        new AskCommand(services),
        new WhoSaidCommand(services),
        new QuotesCommand(services),
        new SearchCommand(services),
        new LatestCommand(services),
        new SourcesCommand(services),
        new FeedsCommand(services),
        new HelpCommand(),
        new ReindexCommand(services));
  }
}
