package io.newsdesk.discord;

import io.newsdesk.app.FeedControl;
import io.newsdesk.render.DiscordMarkdown;
import io.newsdesk.render.FeedsRenderer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.api.interaction.SlashCommandOption;
import org.javacord.api.interaction.SlashCommandOptionType;

/**
 * {@code /feeds list}, {@code /feeds add url [name]}, {@code /feeds remove url}: the followed
 * feeds, as {@code newsdesk feeds} lists and changes them. Adding and removing need Manage Server.
 */
final class FeedsCommand implements Command {
  private final BotServices services;

  FeedsCommand(BotServices services) {
    this.services = services;
  }

  @Override
  public String name() {
    return "feeds";
  }

  @Override
  public SlashCommandBuilder definition() {
    return SlashCommand.with(
        name(),
        "The news feeds the bot follows",
        List.of(
            SlashCommandOption.createWithOptions(
                SlashCommandOptionType.SUB_COMMAND,
                "list",
                "List the feeds, with their last poll and articles",
                List.of()),
            SlashCommandOption.createWithOptions(
                SlashCommandOptionType.SUB_COMMAND,
                "add",
                "Follow a feed (Manage Server only)",
                List.of(
                    Options.text("url", "The feed's address (RSS or Atom)", true),
                    Options.text("name", "The publisher to show in replies", false))),
            SlashCommandOption.createWithOptions(
                SlashCommandOptionType.SUB_COMMAND,
                "remove",
                "Stop following a feed (Manage Server only)",
                List.of(Options.text("url", "The feed's address", true)))));
  }

  @Override
  public Timing timing() {
    return Timing.DEFERRED_EPHEMERAL;
  }

  @Override
  public boolean adminOnly(Optional<String> subcommand) {
    return subcommand.map(s -> !s.equals("list")).orElse(false);
  }

  @Override
  public boolean rateLimited() {
    return false;
  }

  @Override
  public Reply run(CommandRequest request) {
    FeedControl feeds = services.feeds();
    String url = request.option("url").orElse("");
    return switch (request.subcommand().orElse("list")) {
      case "add" -> outcome(feeds.add(url, request.option("name")));
      case "remove" -> outcome(feeds.remove(url));
      default -> Reply.privately(FeedsRenderer.render(feeds.list(), Instant.now()));
    };
  }

  private static Reply outcome(FeedControl.Outcome outcome) {
    return Reply.privately(DiscordMarkdown.escape(outcome.message()));
  }
}
