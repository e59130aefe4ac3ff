package io.newsdesk.cli;

import io.newsdesk.answer.Answer;
import io.newsdesk.app.BotState;
import io.newsdesk.app.ClusterUnavailable;
import io.newsdesk.app.Newsdesk;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code newsdesk health}: exits 0 when the index opens and answers a probe question (and, with
 * {@code --bot}, the bot of this folder runs and is connected to Discord); else prints one line
 * saying what is wrong and exits 1. Reads only; never builds an index.
 */
@Command(
    name = "health",
    description =
        "Exit 0 when the index opens and answers a probe question (with --bot: and the bot runs,"
            + " connected to Discord); else print what is wrong and exit 1.")
final class HealthCommand implements Callable<Integer> {
  /** A question any index can run, whether or not it finds an answer. */
  static final String PROBE = "What is in the news today?";

  @ParentCommand NewsdeskCli root;

  @Option(names = "--bot", description = "Also require a running bot connected to Discord.")
  boolean bot;

  @Override
  public Integer call() throws Exception {
    Optional<Newsdesk> opened;
    try {
      opened = Newsdesk.ifIndexed(root.configFile(), System.getenv());
    } catch (ClusterUnavailable e) {
      return unhealthy(e.getMessage());
    }
    if (opened.isEmpty()) {
      return unhealthy(
          Newsdesk.configuredOnCluster(root.configFile(), System.getenv())
              ? "the cluster holds no articles of Newsdesk yet (run `newsdesk index`)"
              : "there is no index yet (run `newsdesk index`, or start the bot)");
    }
    try (Newsdesk newsdesk = opened.get()) {
      long started = System.nanoTime();
      Answer answer = newsdesk.answers().ask(PROBE, newsdesk.askOptions());
      long ms = (System.nanoTime() - started) / 1_000_000;
      if (answer.status() == Answer.Status.TOO_SLOW) {
        return unhealthy("the index did not answer the probe question in time (" + ms + " ms)");
      }
      if (bot) {
        Optional<String> problem = botProblem(BotState.read(newsdesk.folder().botStateFile()));
        if (problem.isPresent()) {
          return unhealthy(problem.get());
        }
      }
      System.out.printf(
          Locale.ROOT,
          "newsdesk: healthy: the index answers (probe %d ms)%s%n",
          ms,
          bot ? ", the bot is connected to Discord" : "");
      return 0;
    } catch (RuntimeException e) {
      return unhealthy("the index does not answer: " + e.getMessage());
    }
  }

  private static Optional<String> botProblem(Optional<BotState> state) {
    if (state.isEmpty()) {
      return Optional.of("no bot has run with this index folder");
    }
    if (!state.get().alive()) {
      return Optional.of("the bot is not running (process " + state.get().pid() + " has ended)");
    }
    if (!state.get().connected()) {
      return Optional.of("the bot is not connected to Discord (since " + state.get().since() + ")");
    }
    return Optional.empty();
  }

  private static int unhealthy(String why) {
    System.err.println("newsdesk: unhealthy: " + why);
    return 1;
  }
}
