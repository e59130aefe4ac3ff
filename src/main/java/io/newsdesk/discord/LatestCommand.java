package io.newsdesk.discord;

import io.newsdesk.render.LatestEmbeds;
import java.util.List;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;

/** {@code /latest}: the newest articles, each linked. */
final class LatestCommand implements Command {
  static final int LIMIT = 5;
  private final BotServices services;

  LatestCommand(BotServices services) {
    this.services = services;
  }

  @Override
  public String name() {
    return "latest";
  }

  @Override
  public SlashCommandBuilder definition() {
    return SlashCommand.with(name(), "The newest indexed articles, with links", List.of());
  }

  @Override
  public boolean rateLimited() {
    return false;
  }

  @Override
  public Reply run(CommandRequest request) {
    return Reply.of(LatestEmbeds.render(services.sources().newest(LIMIT)));
  }
}
