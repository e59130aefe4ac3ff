package io.newsdesk.discord;

import io.newsdesk.answer.Answer;
import java.util.List;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;

/** {@code /ask question}: quotes from the news that answer it. */
final class AskCommand implements Command {
  private final BotServices services;

  AskCommand(BotServices services) {
    this.services = services;
  }

  @Override
  public String name() {
    return "ask";
  }

  @Override
  public SlashCommandBuilder definition() {
    return SlashCommand.with(
        name(),
        "Ask a question about the news; the answer quotes the articles word for word",
        List.of(Options.text("question", "Your question, e.g. Will Ukraine join NATO?", true)));
  }

  @Override
  public Reply run(CommandRequest request) {
    return answer(services, request.option("question").orElse(""));
  }

  /** The reply to a question, shared with mentions and DMs. */
  static Reply answer(BotServices services, String question) {
    Answer answer = services.answers().ask(question, AnswerPages.fetching(services.askOptions()));
    return AnswerPages.reply(answer, services.askOptions().excerpts());
  }
}
