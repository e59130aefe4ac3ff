package io.newsdesk.discord;

import io.newsdesk.render.SourcesRenderer;
import java.util.List;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;

/** {@code /sources}: what is indexed, newest first, as the CLI's {@code sources} prints it. */
final class SourcesCommand implements Command {
  static final int LIMIT = 25;
  private final BotServices services;

  SourcesCommand(BotServices services) {
    this.services = services;
  }

  @Override
  public String name() {
    return "sources";
  }

  @Override
  public SlashCommandBuilder definition() {
    return SlashCommand.with(name(), "List the indexed articles, newest first", List.of());
  }

  @Override
  public boolean rateLimited() {
    return false;
  }

  @Override
  public Reply run(CommandRequest request) {
    return Reply.text(SourcesRenderer.render(services.sources().newest(LIMIT)));
  }
}
