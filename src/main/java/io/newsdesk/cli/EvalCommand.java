package io.newsdesk.cli;

import io.newsdesk.eval.AskEvaluation;
import io.newsdesk.eval.WhoSaidEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsdesk eval …}: quality and speed figures on evaluation sets. */
@Command(
    name = "eval",
    description = "Measure answer quality and speed on an evaluation set.",
    subcommands = {EvalCommand.Ask.class, EvalCommand.WhoSaid.class})
final class EvalCommand {

  /** {@code newsdesk eval ask --articles FILE --questions FILE [--k 3]}. */
  @Command(
      name = "ask",
      description = "Index ARTICLES into a fresh index, ask every question, print figures.")
  static final class Ask implements Callable<Integer> {
    @Option(
        names = "--articles",
        required = true,
        paramLabel = "FILE",
        description = "Articles (.jsonl, .jsonl.gz, or a folder).")
    Path articles;

    @Option(
        names = "--questions",
        required = true,
        paramLabel = "FILE",
        description = "Questions (.jsonl).")
    Path questions;

    @Option(
        names = "--k",
        defaultValue = "3",
        description = "Excerpts per reply (default ${DEFAULT-VALUE}).")
    int k;

    @Option(
        names = "--misses",
        paramLabel = "FILE",
        description = "Write the questions not answered, with the excerpts shown, to FILE.")
    Path missesFile;

    @Option(
        names = "--index",
        paramLabel = "DIR",
        description =
            "Keep the index in DIR and reuse it next time (default: a fresh temporary one).")
    Path keep;

    @Option(
        names = "--min-coverage",
        defaultValue = "0.3",
        description = "As answer.min-coverage (default ${DEFAULT-VALUE}).")
    double minCoverage;

    @Override
    public Integer call() throws Exception {
      Path dir = keep != null ? keep : Files.createTempDirectory("newsdesk-eval-");
      try (java.io.PrintStream misses =
          missesFile == null ? null : new java.io.PrintStream(missesFile.toFile(), "UTF-8")) {
        AskEvaluation.Result result =
            AskEvaluation.run(articles, questions, k, minCoverage, dir, System.out, misses);
        System.out.println(result.line());
        return 0;
      } finally {
        if (keep == null) {
          deleteTree(dir);
        }
      }
    }
  }

  /** {@code newsdesk eval who-said --articles FILE --cases FILE}. */
  @Command(
      name = "who-said",
      description = "Index ARTICLES into a fresh index, run every who-said case, print figures.")
  static final class WhoSaid implements Callable<Integer> {
    @Option(
        names = "--articles",
        required = true,
        paramLabel = "FILE",
        description = "Articles (.jsonl, .jsonl.gz, or a folder).")
    Path articles;

    @Option(
        names = "--cases",
        required = true,
        paramLabel = "FILE",
        description = "Who-said cases (.jsonl).")
    Path cases;

    @Option(names = "--verbose", description = "Print every case not answered correctly.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
      Path dir = Files.createTempDirectory("newsdesk-eval-");
      try {
        WhoSaidEvaluation.Result result =
            WhoSaidEvaluation.run(articles, cases, dir, System.out, verbose);
        System.out.println(result.line());
        return 0;
      } finally {
        deleteTree(dir);
      }
    }
  }

  static void deleteTree(Path dir) throws java.io.IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
