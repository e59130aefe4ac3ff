package io.newsdesk.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.index.IndexReport;
import io.newsdesk.render.WhoSaidRenderer;
import io.newsdesk.search.QuoteRecord;
import io.newsdesk.search.SearchBackend;
import io.newsdesk.whosaid.WhoSaidAnswer;
import io.newsdesk.whosaid.WhoSaidService;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Measures {@code who-said} on a set of cases: indexes the articles into a fresh index, asks with
 * each case's phrase and checks the speaker named (the rule of the data's README: the case's
 * speaker_key appears in the named speaker). Naming nobody counts as unknown, not wrong.
 */
public final class WhoSaidEvaluation {
  static final int WARM_UP = 50;

  /** One line of a who-said case set. */
  public record Case(
      String id,
      @JsonProperty("article_id") String articleId,
      String phrase,
      String speaker,
      @JsonProperty("speaker_key") String speakerKey) {}

  /** The figures of a run. */
  public record Result(
      double accuracy, double unknown, double wrong, double p50Ms, double p99Ms, int cases) {
    public String line() {
      return String.format(
          Locale.ROOT,
          "speaker_acc=%.3f unknown=%.3f wrong=%.3f p50_ms=%.1f p99_ms=%.1f cases=%d",
          accuracy,
          unknown,
          wrong,
          p50Ms,
          p99Ms,
          cases);
    }
  }

  private WhoSaidEvaluation() {}

  public static Result run(
      Path articles, Path casesFile, Path indexDir, PrintStream log, boolean verbose)
      throws IOException {
    return run(articles, casesFile, indexDir, log, verbose, false, List.of());
  }

  /**
   * The same; with {@code bySieve}, also prints the figures of the cases each attribution sieve
   * decided (the sieve of the quotation found; "no quotation" when none was).
   */
  public static Result run(
      Path articles,
      Path casesFile,
      Path indexDir,
      PrintStream log,
      boolean verbose,
      boolean bySieve,
      List<String> clusterHosts)
      throws IOException {
    List<Case> cases = JsonLines.read(casesFile, Case.class);
    try (EvalIndex built = EvalIndex.build(articles, indexDir);
        Backend backend = Backend.of(built, clusterHosts, articles, false, log)) {
      SearchBackend index = backend.search();
      IndexReport report = built.report();
      log.println("indexed: " + report.summary());
      WhoSaidService service =
          new WhoSaidService(index, new AnswerService(index, Clock.systemUTC()));
      for (int i = 0; i < Math.min(WARM_UP, cases.size()); i++) {
        WhoSaidRenderer.render(service.whoSaid(cases.get(i).phrase()));
      }
      Latencies latencies = new Latencies();
      int correct = 0;
      int unknown = 0;
      int wrong = 0;
      Map<String, int[]> sieves = new TreeMap<>();
      for (Case c : cases) {
        long t0 = System.nanoTime();
        WhoSaidAnswer answer = service.whoSaid(c.phrase());
        WhoSaidRenderer.render(answer);
        latencies.add(System.nanoTime() - t0);
        Optional<String> named =
            answer.status() == WhoSaidAnswer.Status.FOUND
                ? answer.quote().flatMap(QuoteRecord::speaker)
                : Optional.empty();
        int outcome;
        if (named.isEmpty()) {
          unknown++;
          outcome = 1;
        } else if (named
            .get()
            .toLowerCase(Locale.ROOT)
            .contains(c.speakerKey().toLowerCase(Locale.ROOT))) {
          correct++;
          outcome = 0;
        } else {
          wrong++;
          outcome = 2;
        }
        String sieve =
            answer.status() == WhoSaidAnswer.Status.FOUND
                ? answer.quote().map(QuoteRecord::sieve).filter(s -> !s.isEmpty()).orElse("none")
                : "no quotation";
        sieves.computeIfAbsent(sieve, k -> new int[3])[outcome]++;
        if (verbose
            && !named
                .map(
                    n ->
                        n.toLowerCase(Locale.ROOT)
                            .contains(c.speakerKey().toLowerCase(Locale.ROOT)))
                .orElse(false)) {
          log.println(
              c.id()
                  + " | "
                  + c.phrase()
                  + " | gold="
                  + c.speaker()
                  + " | named="
                  + named.orElse("-")
                  + " | "
                  + answer.status()
                  + answer.foundBy().map(lookup -> " by " + lookup).orElse(""));
        }
      }
      if (bySieve) {
        printBySieve(sieves, log);
      }
      double n = Math.max(1, cases.size());
      return new Result(
          correct / n,
          unknown / n,
          wrong / n,
          latencies.percentileMs(50),
          latencies.percentileMs(99),
          cases.size());
    }
  }

  /** One line per sieve, most cases first: its cases, and the share right, unknown and wrong. */
  static void printBySieve(Map<String, int[]> sieves, PrintStream log) {
    sieves.entrySet().stream()
        .sorted(
            Comparator.comparingInt((Map.Entry<String, int[]> e) -> -total(e.getValue()))
                .thenComparing(Map.Entry::getKey))
        .forEach(
            e -> {
              int[] c = e.getValue();
              double n = total(c);
              log.printf(
                  Locale.ROOT,
                  "%-56s cases=%d acc=%.3f unknown=%.3f wrong=%.3f%n",
                  e.getKey(),
                  total(c),
                  c[0] / n,
                  c[1] / n,
                  c[2] / n);
            });
  }

  private static int total(int[] counts) {
    return counts[0] + counts[1] + counts[2];
  }
}
