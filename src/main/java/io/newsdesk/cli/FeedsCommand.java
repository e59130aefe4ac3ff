package io.newsdesk.cli;

import io.newsdesk.app.FeedControl;
import io.newsdesk.app.Newsdesk;
import io.newsdesk.ingest.OneLine;
import io.newsdesk.render.FeedsRenderer;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code newsdesk feeds}: the followed feeds with their last poll, status, last error and article
 * count; {@code feeds add URL [--name N]} and {@code feeds remove URL} change the list of added
 * feeds, which a running bot follows within a second.
 */
@Command(
    name = "feeds",
    description = "List the followed feeds, or add or remove one.",
    subcommands = {FeedsCommand.Add.class, FeedsCommand.Remove.class})
final class FeedsCommand implements Callable<Integer> {
  @ParentCommand NewsdeskCli root;

  @Override
  public Integer call() throws Exception {
    return root.printReply(
        newsdesk ->
            FeedsRenderer.render(
                new FeedControl(newsdesk, Optional.empty()).list(), Instant.now()));
  }

  /** {@code newsdesk feeds add URL [--name N]}. */
  @Command(name = "add", description = "Follow a feed (RSS or Atom).")
  static final class Add implements Callable<Integer> {
    @ParentCommand FeedsCommand feeds;

    @Parameters(paramLabel = "URL", description = "The feed's address.")
    String url;

    @Option(names = "--name", paramLabel = "NAME", description = "The publisher shown in replies.")
    String name;

    @Override
    public Integer call() throws Exception {
      return feeds.change(control -> control.add(url, Optional.ofNullable(name)));
    }
  }

  /** {@code newsdesk feeds remove URL}. */
  @Command(name = "remove", description = "Stop following an added feed; its articles leave.")
  static final class Remove implements Callable<Integer> {
    @ParentCommand FeedsCommand feeds;

    @Parameters(paramLabel = "URL", description = "The feed's address.")
    String url;

    @Override
    public Integer call() throws Exception {
      return feeds.change(control -> control.remove(url));
    }
  }

  /** A change of the feed list, made without opening the index for writing. */
  @FunctionalInterface
  interface Change {
    FeedControl.Outcome apply(FeedControl control);
  }

  int change(Change change) {
    if (Newsdesk.configuredOnCluster(root.configFile(), System.getenv())) {
      // The cluster keeps the feeds' articles; its feed list is the configuration.
      try (Newsdesk newsdesk = Newsdesk.forReading(root.configFile(), System.getenv())) {
        FeedControl.Outcome outcome = change.apply(new FeedControl(newsdesk, Optional.empty()));
        System.out.println(outcome.message());
        return outcome.done() ? 0 : 2;
      } catch (java.io.IOException e) {
        throw new NewsdeskCli.UserError(OneLine.of(String.valueOf(e), 300));
      }
    }
    FeedControl.Outcome outcome =
        change.apply(new FeedControl(Newsdesk.followedFeeds(root.configFile(), System.getenv())));
    System.out.println(outcome.message());
    return outcome.done() ? 0 : 2;
  }
}
