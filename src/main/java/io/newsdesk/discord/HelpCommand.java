package io.newsdesk.discord;

import java.util.List;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;

/** {@code /help}: what the bot can do, with examples. Seen only by whoever asked. */
final class HelpCommand implements Command {
  static final String TEXT =
      """
      **Newsdesk answers questions about the news with quotes, word for word, and links to the \
      articles.** It never guesses: if the indexed news doesn't say, it tells you so.

      `/ask` a question: `/ask question: Will Ukraine join NATO?`
      `/who-said` a quotation: `/who-said quote: NATO membership is not realistic`
      `/quotes` what someone said: `/quotes speaker: Rutte`
      `/search` articles: `/search terms: security assistance source: thehill.com since: 2025-01-01`
      `/latest` the newest articles · `/sources` everything indexed · `/feeds list` the feeds followed
      You can also mention me with a question, or send me a direct message.
      Press **More sources** under an answer for further excerpts.""";

  @Override
  public String name() {
    return "help";
  }

  @Override
  public SlashCommandBuilder definition() {
    return SlashCommand.with(name(), "What Newsdesk can do, with examples", List.of());
  }

  @Override
  public Timing timing() {
    return Timing.IMMEDIATE;
  }

  @Override
  public boolean rateLimited() {
    return false;
  }

  @Override
  public Reply run(CommandRequest request) {
    return Reply.privately(TEXT);
  }
}
