package io.newsdesk.discord;

import io.newsdesk.metrics.Meters;
import io.newsdesk.render.WhoSaidEmbeds;
import io.newsdesk.search.QuoteRecord;
import java.util.List;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;

/** {@code /quotes speaker}: what a person said in the news, newest first. */
final class QuotesCommand implements Command {
  static final int LIMIT = 5;
  private final BotServices services;

  QuotesCommand(BotServices services) {
    this.services = services;
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public SlashCommandBuilder definition() {
    return SlashCommand.with(
        name(),
        "What a person said in the news, newest first",
        List.of(Options.autocompleted("speaker", "Who, e.g. Hegseth")));
  }

  @Override
  public Reply run(CommandRequest request) {
    String speaker = request.option("speaker").orElse("");
    List<QuoteRecord> quotes = services.whoSaid().quotesBy(speaker, LIMIT);
    Reply reply = Reply.of(WhoSaidEmbeds.quotesBy(speaker, quotes));
    return quotes.isEmpty() ? reply.endedAs(Meters.Outcome.NOTHING_FOUND) : reply;
  }

  @Override
  public List<Choice> suggest(String option, String typed) {
    return Suggestions.of(services.whoSaid().suggestSpeakers(typed, Suggestions.LIMIT));
  }
}
