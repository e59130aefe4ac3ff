package io.newsdesk.cli;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.render.AnswerEmbeds;
import io.newsdesk.render.JsonReply;
import io.newsdesk.render.PostedReply;
import io.newsdesk.render.TextReply;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code newsdesk ask "QUESTION"}: the answer as readable text, or as the bot posts it ({@code
 * --format discord}), or as JSON.
 */
@Command(name = "ask", description = "Answer a question with quotes from the indexed news.")
final class AskCommand implements Callable<Integer> {
  @ParentCommand NewsdeskCli root;

  @Mixin ReplyFormat format;

  @Parameters(
      arity = "1..*",
      paramLabel = "QUESTION",
      description = "The question, in plain words.")
  List<String> words;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Only articles published on or before this day (YYYY-MM-DD).")
  String asOf;

  @Option(
      names = "--excerpts",
      paramLabel = "N",
      description = "How many excerpts at most (default from config).")
  Integer excerpts;

  @Option(
      names = "--per-article",
      paramLabel = "N",
      description = "How many excerpts one article may give (default from config).")
  Integer perArticle;

  @Override
  public Integer call() throws Exception {
    Optional<LocalDate> day = Optional.ofNullable(asOf).map(CliDates::parse);
    ReplyFormat.Format as = format.format();
    CliOptions.requireBetween("--excerpts", excerpts, 1, 10);
    CliOptions.requireBetween("--per-article", perArticle, 1, 10);
    return root.printReply(
        newsdesk -> {
          AskOptions defaults = newsdesk.askOptions();
          AskOptions options =
              new AskOptions(
                  Optional.ofNullable(excerpts).orElse(defaults.excerpts()),
                  Optional.ofNullable(perArticle).orElse(defaults.perArticle()),
                  day,
                  defaults.minCoverage());
          Answer answer = newsdesk.answers().ask(String.join(" ", words), options);
          return switch (as) {
            case TEXT -> TextReply.answer(answer);
            case DISCORD -> PostedReply.markdown(AnswerEmbeds.render(answer));
            case JSON -> JsonReply.answer(answer);
          };
        });
  }
}
