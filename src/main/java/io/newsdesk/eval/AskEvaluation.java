package io.newsdesk.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.answer.Excerpt;
import io.newsdesk.embed.Embedder;
import io.newsdesk.index.IndexReport;
import io.newsdesk.ingest.Dates;
import io.newsdesk.render.AnswerEmbeds;
import io.newsdesk.render.PostedReply;
import io.newsdesk.search.SearchBackend;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Measures {@code ask} on a question set: indexes the articles into a fresh index, asks every
 * question as of its day, and scores the reply as the bot posts it: answer@k (a gold answer appears
 * in the quoted text), top@250 (within its first 250 characters), cite@1 and cite@k (the first, or
 * any, cited article is a relevant one) and quoted_chars (how much it quotes), with latency from
 * question to rendered reply.
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

  /** The figures of a run. */
  public record Result(
      double answerAtK,
      double citeAtK,
      double p50Ms,
      double p99Ms,
      double indexSeconds,
      int articles,
      int questions,
      int k,
      double top250,
      double citeAt1,
      double quotedChars) {
    public String line() {
      return String.format(
          Locale.ROOT,
          "answer@%d=%.3f cite@%d=%.3f p50_ms=%.1f p99_ms=%.1f index_s=%.1f articles=%d"
              + " questions=%d top@250=%.3f cite@1=%.3f quoted_chars=%.0f",
          k,
          answerAtK,
          k,
          citeAtK,
          p50Ms,
          p99Ms,
          indexSeconds,
          articles,
          questions,
          top250,
          citeAt1,
          quotedChars);
    }
  }

  /**
   * Where a run writes besides its figures: the questions not answered (with what was shown), every
   * reply as posted ({@code {"id", "reply", "cited"}} per line) for others to score, and the
   * ranker's features of every excerpt considered (for {@link RankerFit}); each may be null.
   */
  public record Outputs(
      PrintStream log, PrintStream misses, PrintStream replies, PrintStream features) {}

  private AskEvaluation() {}

  public static Result run(
      Path articles, Path questionsFile, int k, double minCoverage, Path indexDir, Outputs out)
      throws IOException {
    return run(articles, questionsFile, k, minCoverage, indexDir, out, true, List.of());
  }

  /** The same, with or without semantic retrieval (to measure what it adds). */
  public static Result run(
      Path articles,
      Path questionsFile,
      int k,
      double minCoverage,
      Path indexDir,
      Outputs out,
      boolean semantic,
      List<String> clusterHosts)
      throws IOException {
    List<Question> questions = JsonLines.read(questionsFile, Question.class);
    try (EvalIndex built = EvalIndex.build(articles, indexDir);
        Backend backend = Backend.of(built, clusterHosts, articles, semantic, out.log())) {
      SearchBackend index = backend.search();
      IndexReport report = built.report();
      double indexSeconds = built.seconds();
      out.log()
          .printf(
              Locale.ROOT,
              "indexed: %s in %.1f s (%.0f articles/s)%n",
              report.summary(),
              indexSeconds,
              report.indexed() / indexSeconds);
      AnswerService service =
          new AnswerService(
              index,
              Clock.systemUTC(),
              io.newsdesk.config.Config.Answer.DEFAULT_TIME_LIMIT,
              semantic ? Embedder.questions() : io.newsdesk.answer.QuestionEmbedder.NONE);
      AskOptions base = new AskOptions(k, 1, java.util.Optional.empty(), minCoverage);
      for (int i = 0; i < Math.min(WARM_UP, questions.size()); i++) {
        reply(service.ask(questions.get(i).question(), options(base, questions.get(i))));
      }
      Latencies latencies = new Latencies();
      Tally tally = new Tally();
      for (Question q : questions) {
        long t0 = System.nanoTime();
        Answer answer = service.ask(q.question(), options(base, q));
        String reply = reply(answer);
        latencies.add(System.nanoTime() - t0);
        ReplyScore score = ReplyScore.of(reply, answer, q);
        tally.add(score);
        if (!score.answers() && out.misses() != null) {
          miss(out.misses(), q, answer);
        }
        if (out.features() != null) {
          out.features()
              .println(
                  JSON.writeValueAsString(
                      RankerRows.of(q, service.consider(q.question(), options(base, q)))));
        }
        if (out.replies() != null) {
          out.replies()
              .println(
                  JSON.writeValueAsString(
                      new WrittenReply(q.id(), ReplyScore.cited(answer), reply)));
        }
      }
      int n = Math.max(1, questions.size());
      return new Result(
          tally.answered / (double) n,
          tally.cited / (double) n,
          latencies.percentileMs(50),
          latencies.percentileMs(99),
          indexSeconds,
          report.indexed(),
          questions.size(),
          k,
          tally.early / (double) n,
          tally.citedFirst / (double) n,
          tally.quotedChars / (double) n);
    }
  }

  /** The reply as the bot posts it (its first page of embeds), in Discord markdown. */
  static String reply(Answer answer) {
    return PostedReply.markdown(AnswerEmbeds.render(answer));
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private static final class Tally {
    int answered;
    int early;
    int citedFirst;
    int cited;
    long quotedChars;

    void add(ReplyScore score) {
      answered += score.answers() ? 1 : 0;
      early += score.answersEarly() ? 1 : 0;
      citedFirst += score.citesFirst() ? 1 : 0;
      cited += score.cites() ? 1 : 0;
      quotedChars += score.quotedChars();
    }
  }

  private static void miss(PrintStream misses, Question q, Answer answer) {
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

  private static AskOptions options(AskOptions base, Question q) {
    return base.withAsOf(Dates.parse(q.asOf()));
  }

  /** One line of {@code --replies}, its keys always in this order (so files compare as text). */
  record WrittenReply(String id, List<String> cited, String reply) {}
}
