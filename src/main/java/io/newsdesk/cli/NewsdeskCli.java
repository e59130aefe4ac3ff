package io.newsdesk.cli;

import io.newsdesk.app.Newsdesk;
import io.newsdesk.config.ConfigException;
import io.newsdesk.index.IndexFolderException;
import io.newsdesk.index.IndexInUseException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code newsdesk} command and its subcommands, registered in one list. */
@Command(
    name = "newsdesk",
    mixinStandardHelpOptions = true,
    version = "newsdesk 0.1.0",
    description = "Answers questions about the news with verbatim quotes and links to the sources.",
    subcommands = {
      AskCommand.class,
      WhoSaidCommand.class,
      QuotesCommand.class,
      SourcesCommand.class,
      BotCommand.class,
      HealthCommand.class,
      IndexCommand.class,
      IngestCommand.class,
      FeedsCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class NewsdeskCli {
  @Option(
      names = "--config",
      description = "Configuration file (default: $NEWSDESK_CONFIG or config/newsdesk.yaml).",
      scope = CommandLine.ScopeType.INHERIT)
  Path config;

  Optional<Path> configFile() {
    return Optional.ofNullable(config);
  }

  /**
   * What the question commands share: open the index to read it (building it first on the very
   * first run), print the reply the work returns.
   */
  int printReply(ReplyWork work) throws Exception {
    try (Newsdesk newsdesk = Newsdesk.forReading(configFile(), System.getenv())) {
      System.out.println(work.reply(newsdesk));
      return 0;
    }
  }

  /** A command's reply, made with an open Newsdesk. */
  @FunctionalInterface
  interface ReplyWork {
    String reply(Newsdesk newsdesk) throws Exception;
  }

  /**
   * Lucene logs through java.util.logging that it could use the incubating Vector API; that is
   * advice for the operator's JVM flags, not something to print before every answer.
   */
  private static final java.util.logging.Logger LUCENE_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(run(args));
  }

  static int run(String... args) {
    CommandLine cli = new CommandLine(new NewsdeskCli());
    // "ask -x NATO" asks about "-x NATO": words of a question are never options.
    cli.setUnmatchedOptionsArePositionalParams(true);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof ConfigException) {
            commandLine.getErr().println("newsdesk: configuration error: " + e.getMessage());
            return 2;
          }
          if (e instanceof UserError
              || e instanceof io.newsdesk.app.ClusterUnavailable
              || e instanceof IndexFolderException
              || e instanceof IndexInUseException) {
            commandLine.getErr().println("newsdesk: " + e.getMessage());
            return 2;
          }
          throw e;
        });
    return cli.execute(args);
  }

  /** A problem the user can fix, shown as one line without a stack trace. */
  static final class UserError extends RuntimeException {
    UserError(String message) {
      super(message);
    }
  }
}
