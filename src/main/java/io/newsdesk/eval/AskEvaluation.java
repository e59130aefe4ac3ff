package io.newsdesk.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.answer.Excerpt;
import io.newsdesk.index.IndexReport;
import io.newsdesk.index.NewsIndex;
import io.newsdesk.ingest.Dates;
import io.newsdesk.render.AnswerRenderer;
import io.newsdesk.render.DiscordMarkdown;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures {@code ask} on a question set: indexes the articles into a fresh index, asks every
 * question as of its day, and scores answer@k (a gold answer appears in the shown excerpts) and
 * cite@k (a cited article is a relevant one), with latency from question to rendered reply.
 */
public final class AskEvaluation {
  static final int WARM_UP = 100;

  /** One line of a question set. */
  public record Question(
      String id,
      String question,
      List<String> answers,
      @JsonProperty("as_of") String asOf,
      @JsonProperty("relevant_article_ids") List<String> relevantArticleIds) {}

  /**
   * The figures of a run. {@code misses}, when not null, receives every question not answered, with
   * the excerpts shown, to see what went wrong.
   */
  public record Result(
      double answerAtK,
      double citeAtK,
      double p50Ms,
      double p99Ms,
      double indexSeconds,
      int articles,
      int questions,
      int k) {
    public String line() {
      return String.format(
          Locale.ROOT,
          "answer@%d=%.3f cite@%d=%.3f p50_ms=%.1f p99_ms=%.1f index_s=%.1f articles=%d questions=%d",
          k,
          answerAtK,
          k,
          citeAtK,
          p50Ms,
          p99Ms,
          indexSeconds,
          articles,
          questions);
    }
  }

  private AskEvaluation() {}

  public static Result run(
      Path articles,
      Path questionsFile,
      int k,
      double minCoverage,
      Path indexDir,
      PrintStream log,
      PrintStream misses)
      throws IOException {
    List<Question> questions = JsonLines.read(questionsFile, Question.class);
    try (EvalIndex built = EvalIndex.build(articles, indexDir)) {
      NewsIndex index = built.index();
      IndexReport report = built.report();
      double indexSeconds = built.seconds();
      log.printf(
          Locale.ROOT,
          "indexed: %s in %.1f s (%.0f articles/s)%n",
          report.summary(),
          indexSeconds,
          report.indexed() / indexSeconds);
      AnswerService service = new AnswerService(index, Clock.systemUTC());
      AskOptions base = new AskOptions(k, 1, java.util.Optional.empty(), minCoverage);
      for (int i = 0; i < Math.min(WARM_UP, questions.size()); i++) {
        AnswerRenderer.render(
            service.ask(questions.get(i).question(), options(base, questions.get(i))));
      }
      Latencies latencies = new Latencies();
      int answered = 0;
      int cited = 0;
      for (Question q : questions) {
        long t0 = System.nanoTime();
        Answer answer = service.ask(q.question(), options(base, q));
        String reply = AnswerRenderer.render(answer);
        latencies.add(System.nanoTime() - t0);
        boolean ok = answers(reply, q);
        answered += ok ? 1 : 0;
        if (!ok && misses != null) {
          misses.println(
              "Q "
                  + q.question()
                  + " | gold="
                  + q.answers()
                  + " | as_of="
                  + q.asOf()
                  + " | relevant="
                  + q.relevantArticleIds());
          for (Excerpt e : answer.excerpts()) {
            misses.println(
                "   - ["
                    + e.citation().articleId()
                    + " "
                    + e.citation().published().orElse(null)
                    + "] "
                    + e.text());
          }
        }
        cited += cites(answer, q) ? 1 : 0;
      }
      int n = Math.max(1, questions.size());
      return new Result(
          answered / (double) n,
          cited / (double) n,
          latencies.percentileMs(50),
          latencies.percentileMs(99),
          indexSeconds,
          report.indexed(),
          questions.size(),
          k);
    }
  }

  private static AskOptions options(AskOptions base, Question q) {
    return base.withAsOf(Dates.parse(q.asOf()));
  }

  /**
   * Whether a gold answer appears in the excerpts as the reply shows them: its quoted lines, with
   * markdown escapes and bold marks taken out, so an excerpt cut to fit counts as cut.
   */
  static boolean answers(String reply, Question q) {
    StringBuilder shown = new StringBuilder();
    for (String line : reply.split("\n")) {
      if (line.startsWith("> ")) {
        shown.append(DiscordMarkdown.unescape(line.substring(2).replace("**", ""))).append('\n');
      }
    }
    String text = shown.toString().toLowerCase(Locale.ROOT);
    return q.answers().stream().anyMatch(gold -> text.contains(gold.toLowerCase(Locale.ROOT)));
  }

  static boolean cites(Answer answer, Question q) {
    Set<String> relevant =
        Set.copyOf(q.relevantArticleIds() == null ? List.of() : q.relevantArticleIds());
    return answer.excerpts().stream().anyMatch(e -> relevant.contains(e.citation().articleId()));
  }
}
