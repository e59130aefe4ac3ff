package io.newsdesk.cli;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.render.AnswerRenderer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk ask "QUESTION"}: prints the reply exactly as the bot posts it. */
@Command(name = "ask", description = "Answer a question with quotes from the indexed news.")
final class AskCommand implements Callable<Integer> {
  @ParentCommand NewsdeskCli root;

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
          return AnswerRenderer.render(answer);
        });
  }
}
