package io.newsdesk.cli;

import io.newsdesk.render.WhoSaidRenderer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk who-said "PHRASE"}: who said it, verbatim, with the sources. */
@Command(name = "who-said", description = "Find a quotation in the news and name who said it.")
final class WhoSaidCommand implements Callable<Integer> {
  @ParentCommand NewsdeskCli root;

  @Parameters(
      arity = "1..*",
      paramLabel = "PHRASE",
      description = "Words of the quotation, as remembered.")
  List<String> words;

  @Override
  public Integer call() throws Exception {
    return root.printReply(
        newsdesk -> WhoSaidRenderer.render(newsdesk.whoSaid().whoSaid(String.join(" ", words))));
  }
}
