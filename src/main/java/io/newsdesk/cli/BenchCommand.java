package io.newsdesk.cli;

import io.newsdesk.bench.CrashBench;
import io.newsdesk.bench.LoadBench;
import io.newsdesk.bench.ParagraphBench;
import io.newsdesk.bench.QuestionBench;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsdesk bench …}: speed and robustness figures, measured, never asserted by tests. Each
 * works in a temporary folder and ends with one line of {@code key=value} figures. Without a
 * subcommand: Newsdesk's cost per question and its indexing beside bare Lucene's.
 */
@Command(
    name = "bench",
    description = {
      "Measure speed and robustness; prints one line of figures.",
      "With --articles and --questions and no subcommand: Newsdesk beside a bare Lucene BM25"
          + " search with a best-sentences pass, on the same passages and questions."
    },
    subcommands = {
      BenchCommand.Load.class,
      BenchCommand.Crash.class,
      BenchCommand.Paragraph.class,
      BenchCommand.FeedIngest.class,
      BenchCommand.Live.class
    })
final class BenchCommand implements Callable<Integer> {
  // Not required by picocli: the subcommands run without them.
  @Option(
      names = "--articles",
      paramLabel = "FILE",
      description = "Articles (.jsonl[.gz], folder).")
  Path articles;

  @Option(names = "--questions", paramLabel = "FILE", description = "Questions (.jsonl).")
  Path questions;

  @Option(
      names = "--limit",
      defaultValue = "100000",
      description = "Questions measured, after the warm-up (default: all).")
  int limit;

  @Option(
      names = "--warmup",
      defaultValue = "200",
      description = "Questions asked of both first, not measured (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--hits",
      defaultValue = "10",
      description = "Passages the bare baseline shows (default ${DEFAULT-VALUE}).")
  int hits;

  @Option(
      names = "--copies",
      defaultValue = "1",
      description =
          "Index this many copies of the articles (new ids, dates shifted back 30 days per copy),"
              + " to see how the costs grow with the corpus (default ${DEFAULT-VALUE}).")
  int copies;

  @Option(
      names = "--reuse-vectors",
      description =
          "Embed each distinct title and lead once (the copies repeat them): indexing a large"
              + " scaled corpus runs about three times as fast, and its articles/s is not"
              + " Newsdesk's.")
  boolean reuseVectors;

  @Override
  public Integer call() throws Exception {
    if (articles == null || questions == null) {
      throw new NewsdeskCli.UserError(
          "bench: give --articles FILE and --questions FILE, or a subcommand"
              + " (load, crash, paragraph, feed, live)");
    }
    CliOptions.requireBetween("--limit", limit, 1, 10_000_000);
    CliOptions.requireBetween("--warmup", warmup, 0, 100_000);
    CliOptions.requireBetween("--hits", hits, 1, 1000);
    CliOptions.requireBetween("--copies", copies, 1, 1000);
    if (copies == 1) {
      return bench(articles);
    }
    Path scaled = java.nio.file.Files.createTempFile("newsdesk-bench-corpus-", ".jsonl.gz");
    try {
      long written = io.newsdesk.bench.ScaledCorpus.write(articles, copies, scaled);
      System.err.printf("%d copies of %s: %d articles%n", copies, articles, written);
      return bench(scaled);
    } finally {
      java.nio.file.Files.deleteIfExists(scaled);
    }
  }

  private int bench(Path corpus) throws java.io.IOException {
    QuestionBench.Settings settings =
        new QuestionBench.Settings(corpus, questions, limit, warmup, hits, reuseVectors);
    System.out.println(
        QuestionBench.run(settings, System.err).line()
            + " copies="
            + copies
            + " reused_vectors="
            + reuseVectors);
    return 0;
  }

  /** {@code newsdesk bench load --articles FILE --questions FILE}. */
  @Command(
      name = "load",
      description = "Many users asking at once while articles are indexed into the live index.")
  static final class Load implements Callable<Integer> {
    @Option(names = "--articles", required = true, paramLabel = "FILE")
    Path articles;

    @Option(names = "--questions", required = true, paramLabel = "FILE")
    Path questions;

    @Option(names = "--count", defaultValue = "10000", description = "Articles to index.")
    int count;

    @Option(names = "--clients", defaultValue = "200", description = "Users asking at once.")
    int clients;

    @Override
    public Integer call() throws Exception {
      CliOptions.requireBetween("--clients", clients, 1, 5000);
      CliOptions.requireBetween("--count", count, 1, 10_000_000);
      System.out.println(LoadBench.run(articles, count, questions, clients, System.err).line());
      return 0;
    }
  }

  /** {@code newsdesk bench crash --articles FILE}. */
  @Command(name = "crash", description = "kill -9 during indexing, repeatedly; then finish.")
  static final class Crash implements Callable<Integer> {
    @Option(names = "--articles", required = true, paramLabel = "FILE")
    Path articles;

    @Option(names = "--count", defaultValue = "26760", description = "Articles to index.")
    int count;

    @Option(names = "--kills", defaultValue = "5")
    int kills;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Override
    public Integer call() throws Exception {
      CliOptions.requireBetween("--kills", kills, 1, 100);
      System.out.println(CrashBench.run(articles, count, kills, seed, System.err));
      return 0;
    }
  }

  /** {@code newsdesk bench paragraph}: a question about a 5 MB paragraph. */
  @Command(name = "paragraph", description = "A question matching a 5 MB paragraph.")
  static final class Paragraph implements Callable<Integer> {
    @Option(names = "--megabytes", defaultValue = "5")
    int megabytes;

    @Option(names = "--repeats", defaultValue = "50")
    int repeats;

    @Override
    public Integer call() throws Exception {
      CliOptions.requireBetween("--megabytes", megabytes, 1, 500);
      System.out.println(ParagraphBench.run(megabytes, repeats, System.err));
      return 0;
    }
  }

  /** {@code newsdesk bench feed --articles FILE}: ingest from a local feed with pages. */
  @Command(name = "feed", description = "Articles per second from a local feed with pages.")
  static final class FeedIngest implements Callable<Integer> {
    @Option(names = "--articles", required = true, paramLabel = "FILE")
    Path articles;

    @Option(names = "--items", defaultValue = "10000")
    int items;

    @Override
    public Integer call() throws Exception {
      CliOptions.requireBetween("--items", items, 1, 100_000);
      System.out.println(io.newsdesk.bench.FeedBench.run(articles, items, System.err));
      return 0;
    }
  }

  /** {@code newsdesk bench live}: from a file written, or a feed polled, to an answer. */
  @Command(name = "live", description = "Delay from a new file or feed item to an answer.")
  static final class Live implements Callable<Integer> {
    @Option(names = "--rounds", defaultValue = "20")
    int rounds;

    @Override
    public Integer call() throws Exception {
      CliOptions.requireBetween("--rounds", rounds, 1, 1000);
      System.out.println(io.newsdesk.bench.LiveBench.run(rounds, System.err));
      return 0;
    }
  }
}
