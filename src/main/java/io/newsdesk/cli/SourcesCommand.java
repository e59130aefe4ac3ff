package io.newsdesk.cli;

import io.newsdesk.app.Newsdesk;
import io.newsdesk.index.SourceCatalog;
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
    try (Newsdesk newsdesk = Newsdesk.open(root.configFile(), System.getenv())) {
      newsdesk.updateFromConfig();
      SourceCatalog.Page page = newsdesk.sources().newest(limit);
      System.out.println(SourcesRenderer.render(page));
      return 0;
    }
  }
}
