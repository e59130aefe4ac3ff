package io.newsdesk.cli;

import io.newsdesk.render.SourcesRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk sources}: what is indexed, newest first. */
@Command(name = "sources", description = "List the indexed articles, newest first.")
final class SourcesCommand implements Callable<Integer> {
  @ParentCommand NewsdeskCli root;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "How many to list (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() throws Exception {
    CliOptions.requireBetween("--limit", limit, 1, 1000);
    return root.printReply(newsdesk -> SourcesRenderer.render(newsdesk.sources().newest(limit)));
  }
}
