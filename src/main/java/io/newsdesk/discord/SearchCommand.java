package io.newsdesk.discord;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.answer.Excerpt;
import io.newsdesk.metrics.Meters;
import io.newsdesk.render.AnswerRenderer;
import io.newsdesk.search.Citation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;

/** {@code /search terms [source] [since]}: the articles that match, one excerpt each. */
final class SearchCommand implements Command {
  static final int ARTICLES = 20;
  static final int PAGE = 5;
  private final BotServices services;

  SearchCommand(BotServices services) {
    this.services = services;
  }

  @Override
  public String name() {
    return "search";
  }

  @Override
  public SlashCommandBuilder definition() {
    return SlashCommand.with(
        name(),
        "Find the articles that mention some words",
        List.of(
            Options.text("terms", "Words to look for, e.g. NATO membership", true),
            Options.text("source", "Only this publisher, e.g. thehill.com", false),
            Options.text("since", "Only articles from this day on (YYYY-MM-DD)", false)));
  }

  @Override
  public Reply run(CommandRequest request) {
    Optional<LocalDate> since;
    try {
      since = request.option("since").map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      return Reply.text("`since` takes a day written as YYYY-MM-DD, for example 2025-06-01.");
    }
    Optional<String> source = request.option("source").map(s -> s.toLowerCase(Locale.ROOT));
    AskOptions defaults = services.askOptions();
    AskOptions options = new AskOptions(ARTICLES, 1, Optional.empty(), defaults.minCoverage());
    Answer answer = services.answers().ask(request.option("terms").orElse(""), options);
    if (answer.status() != Answer.Status.ANSWERED) {
      return Reply.text(AnswerRenderer.render(answer)).endedAs(Meters.Outcome.NOTHING_FOUND);
    }
    List<Excerpt> matching =
        answer.excerpts().stream()
            .filter(e -> source.map(s -> fromSource(e.citation(), s)).orElse(true))
            .filter(e -> since.map(d -> publishedSince(e.citation(), d)).orElse(true))
            .toList();
    if (matching.isEmpty()) {
      return Reply.text("No indexed article matches those words with that source or date.")
          .endedAs(Meters.Outcome.NOTHING_FOUND);
    }
    return AnswerPages.paged(matching, PAGE);
  }

  static boolean fromSource(Citation citation, String source) {
    return citation.source().map(s -> s.toLowerCase(Locale.ROOT).contains(source)).orElse(false)
        || citation.url().map(u -> u.toLowerCase(Locale.ROOT).contains(source)).orElse(false);
  }

  /** Undated articles are left out: nobody can say they are recent enough. */
  static boolean publishedSince(Citation citation, LocalDate since) {
    return citation.published().map(day -> !day.isBefore(since)).orElse(false);
  }
}
