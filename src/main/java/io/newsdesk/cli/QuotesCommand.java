package io.newsdesk.cli;

import io.newsdesk.render.JsonReply;
import io.newsdesk.render.PostedReply;
import io.newsdesk.render.TextReply;
import io.newsdesk.render.WhoSaidEmbeds;
import io.newsdesk.search.QuoteRecord;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk quotes "SPEAKER"}: what that person said, newest first. */
@Command(name = "quotes", description = "What a person said in the news, newest first.")
final class QuotesCommand implements Callable<Integer> {
  @ParentCommand NewsdeskCli root;

  @Mixin ReplyFormat format;

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
    ReplyFormat.Format as = format.format();
    String speaker = String.join(" ", words);
    return root.printReply(
        newsdesk -> {
          List<QuoteRecord> quotes = newsdesk.whoSaid().quotesBy(speaker, limit);
          return switch (as) {
            case TEXT -> TextReply.quotesBy(speaker, quotes);
            case DISCORD -> PostedReply.markdown(WhoSaidEmbeds.quotesBy(speaker, quotes));
            case JSON -> JsonReply.quotesBy(speaker, quotes);
          };
        });
  }
}
