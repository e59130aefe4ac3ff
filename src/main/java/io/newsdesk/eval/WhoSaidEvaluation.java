package io.newsdesk.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.index.IndexReport;
import io.newsdesk.index.NewsIndex;
import io.newsdesk.render.WhoSaidRenderer;
import io.newsdesk.whosaid.QuoteRecord;
import io.newsdesk.whosaid.WhoSaidAnswer;
import io.newsdesk.whosaid.WhoSaidService;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
    List<Case> cases = JsonLines.read(casesFile, Case.class);
    try (EvalIndex built = EvalIndex.build(articles, indexDir)) {
      NewsIndex index = built.index();
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
      for (Case c : cases) {
        long t0 = System.nanoTime();
        WhoSaidAnswer answer = service.whoSaid(c.phrase());
        WhoSaidRenderer.render(answer);
        latencies.add(System.nanoTime() - t0);
        Optional<String> named =
            answer.status() == WhoSaidAnswer.Status.FOUND
                ? answer.quote().flatMap(QuoteRecord::speaker)
                : Optional.empty();
        if (named.isEmpty()) {
          unknown++;
        } else if (named
            .get()
            .toLowerCase(Locale.ROOT)
            .contains(c.speakerKey().toLowerCase(Locale.ROOT))) {
          correct++;
        } else {
          wrong++;
        }
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
                  + answer.status());
        }
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
}
