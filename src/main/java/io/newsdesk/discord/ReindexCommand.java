package io.newsdesk.discord;

import io.newsdesk.index.IndexReport;
import io.newsdesk.ingest.IngestProblem;
import io.newsdesk.render.DiscordMarkdown;
import java.io.IOException;
import java.util.List;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;

/** {@code /reindex}: brings the index in line with the article folders (Manage Server only). */
final class ReindexCommand implements Command {
  static final int PROBLEMS_SHOWN = 10;
  private final BotServices services;

  ReindexCommand(BotServices services) {
    this.services = services;
  }

  @Override
  public String name() {
    return "reindex";
  }

  /**
   * Hidden by default from members without Manage Server (server admins can change that under
   * Server Settings → Integrations); the permission is still checked in code ({@link
   * InteractionRouter#isAdmin}), since that default is only a default.
   */
  @Override
  public SlashCommandBuilder definition() {
    return SlashCommand.with(name(), "Index new and changed articles now (Manage Server only)")
        .setDefaultEnabledForPermissions(PermissionType.MANAGE_SERVER)
        .setEnabledInDms(false);
  }

  @Override
  public Timing timing() {
    return Timing.DEFERRED_EPHEMERAL;
  }

  @Override
  public boolean adminOnly() {
    return true;
  }

  @Override
  public boolean longRunning() {
    return true;
  }

  @Override
  public boolean rateLimited() {
    return false;
  }

  @Override
  public Reply run(CommandRequest request) throws IOException {
    try {
      return Reply.privately(report(services.reindexer().reindex()));
    } catch (BotServices.IndexedElsewhere e) {
      return Reply.privately(e.getMessage());
    }
  }

  static String report(IndexReport report) {
    StringBuilder out = new StringBuilder("**Index updated:** ").append(report.summary());
    List<IngestProblem> problems = report.problems();
    for (int i = 0; i < Math.min(PROBLEMS_SHOWN, problems.size()); i++) {
      String line =
          "\n• " + DiscordMarkdown.escape(Suggestions.shorten(problems.get(i).describe()));
      if (out.length() + line.length() > 1900) {
        break;
      }
      out.append(line);
    }
    if (problems.size() > PROBLEMS_SHOWN) {
      out.append("\n… and ").append(problems.size() - PROBLEMS_SHOWN).append(" more in the log");
    }
    return out.toString();
  }
}
