package io.newsdesk.cli;

import io.newsdesk.render.WhoSaidRenderer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk quotes "SPEAKER"}: what that person said, newest first. */
@Command(name = "quotes", description = "What a person said in the news, newest first.")
final class QuotesCommand implements Callable<Integer> {
  @ParentCommand NewsdeskCli root;

  @Parameters(
      arity = "1..*",
      paramLabel = "SPEAKER",
      description = "The person's name, or part of it.")
  List<String> words;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "5",
      description = "How many quotations (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() throws Exception {
    CliOptions.requireBetween("--limit", limit, 1, 50);
    String speaker = String.join(" ", words);
    return root.printReply(
        newsdesk ->
            WhoSaidRenderer.renderQuotes(speaker, newsdesk.whoSaid().quotesBy(speaker, limit)));
  }
}
