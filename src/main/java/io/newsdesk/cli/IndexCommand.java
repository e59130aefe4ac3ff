package io.newsdesk.cli;

import io.newsdesk.app.Newsdesk;
import io.newsdesk.index.IndexReport;
import io.newsdesk.index.IngestProgress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk index [PATH…]}: index files or folders now and say what happened. */
@Command(
    name = "index",
    description = "Index article files or folders now (default: the configured ones).")
final class IndexCommand implements Callable<Integer> {
  @ParentCommand NewsdeskCli root;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders of articles.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    try (Newsdesk newsdesk = Newsdesk.forWriting(root.configFile(), System.getenv(), false)) {
      IngestProgress progress = new IngestProgress();
      IndexReport report =
          paths == null || paths.isEmpty()
              ? newsdesk.updateFromConfig(progress, () -> false)
              : newsdesk.update(paths, progress, () -> false);
      System.out.println(report.summary());
      return report.failed() > 0 ? 1 : 0;
    }
  }
}
