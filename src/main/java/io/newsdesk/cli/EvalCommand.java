package io.newsdesk.cli;

import io.newsdesk.eval.AskEvaluation;
import io.newsdesk.eval.AttributionDiff;
import io.newsdesk.eval.RankerFit;
import io.newsdesk.eval.WhoSaidEvaluation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code newsdesk eval …}: quality and speed figures on evaluation sets. */
@Command(
    name = "eval",
    description = "Measure answer quality and speed on an evaluation set.",
    subcommands = {
      EvalCommand.Ask.class,
      EvalCommand.WhoSaid.class,
      EvalCommand.FitRanker.class,
      EvalCommand.Attributions.class
    })
final class EvalCommand {

  /** What both evaluations index, and where: a fresh temporary index unless told otherwise. */
  static final class IndexedArticles {
    @Option(
        names = "--articles",
        required = true,
        paramLabel = "FILE",
        description = "Articles (.jsonl, .jsonl.gz, or a folder).")
    Path articles;

    @Option(
        names = "--index",
        paramLabel = "DIR",
        description =
            "Keep the index in DIR and reuse it next time (default: a fresh temporary one).")
    Path keep;

    @Option(
        names = "--backend",
        defaultValue = "lucene",
        paramLabel = "lucene|opensearch",
        description =
            "Answer from the embedded index (lucene, the default) or from an OpenSearch cluster"
                + " filled with the same articles (opensearch, with --opensearch-hosts).")
    String backend;

    @Option(
        names = "--opensearch-hosts",
        split = ",",
        paramLabel = "URL",
        description =
            "The cluster's nodes, e.g. http://127.0.0.1:9200 (credentials from"
                + " NEWSDESK_OPENSEARCH_USERNAME and NEWSDESK_OPENSEARCH_PASSWORD).")
    List<String> hosts = List.of();

    /** The cluster to answer from: none for the embedded index. */
    List<String> clusterHosts() {
      switch (backend) {
        case "lucene" -> {
          return List.of();
        }
        case "opensearch" -> {
          if (hosts.isEmpty()) {
            throw new ParameterException(
                spec.commandLine(), "--backend opensearch needs --opensearch-hosts URL[,URL…]");
          }
          return hosts;
        }
        default ->
            throw new ParameterException(
                spec.commandLine(), "--backend: lucene or opensearch, was " + backend);
      }
    }

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec spec;

    /** Runs {@code work} with the index folder, deleting it afterwards unless it is kept. */
    <T> T inIndex(IndexWork<T> work) throws IOException {
      Path dir = keep != null ? keep : Files.createTempDirectory("newsdesk-eval-");
      try {
        return work.run(dir);
      } finally {
        if (keep == null) {
          deleteTree(dir);
        }
      }
    }
  }

  /** An evaluation run against an index folder. */
  @FunctionalInterface
  interface IndexWork<T> {
    T run(Path indexDir) throws IOException;
  }

  /** {@code newsdesk eval ask --articles FILE --questions FILE [--k 3]}. */
  @Command(
      name = "ask",
      description = "Index ARTICLES into a fresh index, ask every question, print figures.")
  static final class Ask implements Callable<Integer> {
    @Mixin IndexedArticles source;

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
        names = "--replies",
        paramLabel = "FILE",
        description =
            "Write every reply as posted, one JSON object per question: {id, reply, cited}.")
    Path repliesFile;

    @Option(
        names = "--no-semantic",
        description = "Answer by words only, without the vectors (to measure what they add).")
    boolean noSemantic;

    @Option(
        names = "--features",
        paramLabel = "FILE",
        description =
            "Write the ranker's features of every excerpt each question could show, and whether"
                + " it holds the answer: the input of 'eval fit-ranker'.")
    Path featuresFile;

    @Option(
        names = "--min-coverage",
        defaultValue = "0.3",
        description = "As answer.min-coverage (default ${DEFAULT-VALUE}).")
    double minCoverage;

    @Override
    public Integer call() throws Exception {
      try (PrintStream misses = open(missesFile);
          PrintStream replies = open(repliesFile);
          PrintStream features = open(featuresFile)) {
        AskEvaluation.Result result =
            source.inIndex(
                dir ->
                    AskEvaluation.run(
                        source.articles,
                        questions,
                        k,
                        minCoverage,
                        dir,
                        new AskEvaluation.Outputs(System.out, misses, replies, features),
                        !noSemantic,
                        source.clusterHosts()));
        System.out.println(result.line());
        return 0;
      }
    }

    private static PrintStream open(Path file) throws IOException {
      return file == null
          ? null
          : new PrintStream(Files.newOutputStream(file), true, StandardCharsets.UTF_8);
    }
  }

  /** {@code newsdesk eval who-said --articles FILE --cases FILE}. */
  @Command(
      name = "who-said",
      description = "Index ARTICLES into a fresh index, run every who-said case, print figures.")
  static final class WhoSaid implements Callable<Integer> {
    @Mixin IndexedArticles source;

    @Option(
        names = "--cases",
        required = true,
        paramLabel = "FILE",
        description = "Who-said cases (.jsonl).")
    Path cases;

    @Option(names = "--verbose", description = "Print every case not answered correctly.")
    boolean verbose;

    @Option(
        names = "--by-sieve",
        description = "Also print the figures of the cases each attribution sieve decided.")
    boolean bySieve;

    @Override
    public Integer call() throws Exception {
      WhoSaidEvaluation.Result result =
          source.inIndex(
              dir ->
                  WhoSaidEvaluation.run(
                      source.articles,
                      cases,
                      dir,
                      System.out,
                      verbose,
                      bySieve,
                      source.clusterHosts()));
      System.out.println(result.line());
      return 0;
    }
  }

  /** {@code newsdesk eval fit-ranker FILE}: new weights for the answer ranker. */
  @Command(
      name = "fit-ranker",
      description =
          "Fit the answer ranker's weights on the features written by 'eval ask --features' and"
              + " print them, with figures measured on questions held out of each fit.")
  static final class FitRanker implements Callable<Integer> {
    @picocli.CommandLine.Parameters(paramLabel = "FILE", description = "Features (.jsonl).")
    Path features;

    @Option(
        names = "--ablation",
        description = "Also refit without each feature in turn and print what it adds.")
    boolean ablation;

    @Override
    public Integer call() throws Exception {
      RankerFit.report(RankerFit.read(features), System.out, ablation);
      return 0;
    }
  }

  /**
   * {@code newsdesk eval attributions --articles FILE --write OUT [--compare BASELINE]}: the
   * attribution of every quotation, and what changed since a baseline.
   */
  @Command(
      name = "attributions",
      description =
          "Write every quotation of ARTICLES with its speaker, role and deciding sieve as JSON"
              + " lines, and with --compare print what changed since BASELINE, by kind.")
  static final class Attributions implements Callable<Integer> {
    @Option(
        names = "--articles",
        required = true,
        paramLabel = "FILE",
        description = "Articles (.jsonl, .jsonl.gz, or a folder).")
    Path articles;

    @Option(
        names = "--write",
        required = true,
        paramLabel = "OUT",
        description = "Where to write the quotations (.jsonl).")
    Path out;

    @Option(
        names = "--compare",
        paramLabel = "BASELINE",
        description = "A file written by an earlier run: print what changed since.")
    Path baseline;

    @Override
    public Integer call() throws Exception {
      long written = AttributionDiff.write(articles, out);
      System.out.println("quotations written: " + written + " to " + out);
      if (baseline != null) {
        AttributionDiff.report(
            AttributionDiff.read(baseline), AttributionDiff.read(out), System.out);
      }
      return 0;
    }
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
