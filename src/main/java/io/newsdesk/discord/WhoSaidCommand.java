package io.newsdesk.discord;

import io.newsdesk.metrics.Meters;
import io.newsdesk.render.WhoSaidEmbeds;
import io.newsdesk.search.QuoteRecord;
import io.newsdesk.whosaid.WhoSaidAnswer;
import java.util.List;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;

/** {@code /who-said quote}: who said it, with every article that carries it. */
final class WhoSaidCommand implements Command {
  private final BotServices services;

  WhoSaidCommand(BotServices services) {
    this.services = services;
  }

  @Override
  public String name() {
    return "who-said";
  }

  @Override
  public SlashCommandBuilder definition() {
    return SlashCommand.with(
        name(),
        "Who said it? Type a few words of a quotation",
        List.of(Options.autocompleted("quote", "A few words of the quotation")));
  }

  @Override
  public Reply run(CommandRequest request) {
    WhoSaidAnswer answer = services.whoSaid().whoSaid(request.option("quote").orElse(""));
    Reply reply = Reply.of(WhoSaidEmbeds.render(answer));
    return answer.quote().isPresent() ? reply : reply.endedAs(Meters.Outcome.NOTHING_FOUND);
  }

  @Override
  public List<Choice> suggest(String option, String typed) {
    List<QuoteRecord> quotes = services.whoSaid().suggestQuotes(typed, Suggestions.LIMIT);
    return Suggestions.of(quotes.stream().map(QuoteRecord::text).toList());
  }
}
