package io.newsdesk.bench;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.config.Config;
import io.newsdesk.embed.Embedder;
import io.newsdesk.eval.AskEvaluation.Question;
import io.newsdesk.eval.EvalIndex;
import io.newsdesk.eval.JsonLines;
import io.newsdesk.index.ArticleEmbedder;
import io.newsdesk.index.IndexFolder;
import io.newsdesk.ingest.Dates;
import io.newsdesk.render.AnswerEmbeds;
import io.newsdesk.render.PostedReply;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code newsdesk bench}: Newsdesk beside bare Lucene on the same articles and questions. Indexes
 * the articles once each way, then asks every question of both in one process, alternating which
 * goes first, after the same unmeasured warm-up; both answer on this thread, and a question's cost
 * runs from the question to the reply text a user would read.
 */
public final class QuestionBench {
  private static final int PROGRESS_EVERY = 200;

  /**
   * @param limit questions measured (after the warm-up ones), at most
   * @param warmup questions asked of both first, not measured
   * @param hits passages the bare baseline shows
   * @param reuseVectors embed each distinct title and lead once: the copies of a scaled corpus
   *     repeat them, so their vectors are the same, and indexing runs about three times as fast
   *     (its articles/s is then not Newsdesk's)
   */
  public record Settings(
      Path articles, Path questions, int limit, int warmup, int hits, boolean reuseVectors) {}

  private QuestionBench() {}

  public static QuestionFigures run(Settings settings, PrintStream log) throws IOException {
    List<Question> questions = JsonLines.read(settings.questions(), Question.class);
    if (questions.size() <= settings.warmup()) {
      throw new IllegalArgumentException(
          String.format(
              "%s has %d questions: none is left after a warm-up of %d",
              settings.questions(), questions.size(), settings.warmup()));
    }
    List<Question> warmup = questions.subList(0, settings.warmup());
    List<Question> measured =
        questions.subList(
            settings.warmup(), Math.min(questions.size(), settings.warmup() + settings.limit()));
    try (BenchFolder folder = BenchFolder.create("questions");
        EvalIndex newsdesk =
            indexNewsdesk(settings.articles(), settings.reuseVectors(), folder, log);
        BareIndex bare = indexBare(settings.articles(), folder, log)) {
      QuestionFigures.Indexing newsdeskIndexing =
          new QuestionFigures.Indexing(
              newsdesk.report().indexed(),
              newsdesk.seconds(),
              IndexSize.of(IndexFolder.at(folder.resolve("newsdesk")).lucene()));
      QuestionFigures.Indexing bareIndexing =
          new QuestionFigures.Indexing(
              bare.built().articles(),
              bare.built().seconds(),
              IndexSize.of(folder.resolve("bare")));
      Pipelines pipelines = new Pipelines(newsdesk, bare, settings.hits());
      log.printf("warm-up: %d questions of each%n", warmup.size());
      for (Question q : warmup) {
        pipelines.askNewsdesk(q);
        pipelines.askBare(q);
      }
      Asked asked = ask(pipelines, measured, log);
      return new QuestionFigures(
          measured.size(),
          warmup.size(),
          pipeline(asked.newsdesk(), newsdeskIndexing),
          pipeline(asked.bare(), bareIndexing),
          bare.built().passages(),
          heapAfterGcMb());
    }
  }

  /** The heap in use after a full collection (a hint the JVM may ignore: then an upper bound). */
  private static double heapAfterGcMb() {
    System.gc();
    return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()
        / (1024.0 * 1024.0);
  }

  private static QuestionFigures.Pipeline pipeline(
      QuestionCosts costs, QuestionFigures.Indexing indexing) {
    return new QuestionFigures.Pipeline(costs.summary(), costs.answered(), indexing);
  }

  private static EvalIndex indexNewsdesk(
      Path articles, boolean reuseVectors, BenchFolder folder, PrintStream log) throws IOException {
    log.println(
        reuseVectors
            ? "indexing with Newsdesk (quotations and vectors included, each distinct lead"
                + " embedded once)…"
            : "indexing with Newsdesk (quotations and vectors included)…");
    ArticleEmbedder vectors =
        reuseVectors ? new ReusedVectors(Embedder.articles()) : Embedder.articles();
    EvalIndex built = EvalIndex.build(articles, folder.resolve("newsdesk"), vectors);
    log.printf(
        Locale.ROOT,
        "newsdesk: %s in %.1f s (%.0f articles/s)%n",
        built.report().summary(),
        built.seconds(),
        built.report().indexed() / Math.max(built.seconds(), 1e-9));
    return built;
  }

  private static BareIndex indexBare(Path articles, BenchFolder folder, PrintStream log)
      throws IOException {
    log.println("indexing the same passages with bare Lucene (one thread)…");
    BareIndex bare = BareIndex.build(articles, folder.resolve("bare"), log);
    BareIndex.Built built = bare.built();
    log.printf(
        Locale.ROOT,
        "bare: %d articles, %d passages, %d skipped in %.1f s (%.0f articles/s)%n",
        built.articles(),
        built.passages(),
        built.skipped(),
        built.seconds(),
        built.articles() / Math.max(built.seconds(), 1e-9));
    return bare;
  }

  /** Each question of both pipelines; odd questions bare first, so neither always goes second. */
  private static Asked ask(Pipelines pipelines, List<Question> questions, PrintStream log) {
    Asked asked = new Asked(new QuestionCosts(), new QuestionCosts());
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      if (i % 2 == 0) {
        asked.newsdesk().measure(() -> pipelines.askNewsdesk(q));
        asked.bare().measure(() -> pipelines.askBare(q));
      } else {
        asked.bare().measure(() -> pipelines.askBare(q));
        asked.newsdesk().measure(() -> pipelines.askNewsdesk(q));
      }
      if ((i + 1) % PROGRESS_EVERY == 0 || i + 1 == questions.size()) {
        log.printf(
            Locale.ROOT,
            "asked %d/%d: p50 newsdesk %.1f ms, bare %.1f ms%n",
            i + 1,
            questions.size(),
            asked.newsdesk().summary().p50Ms(),
            asked.bare().summary().p50Ms());
      }
    }
    return asked;
  }

  /** What both pipelines cost, question by question. */
  private record Asked(QuestionCosts newsdesk, QuestionCosts bare) {}

  /** Both ways of answering; each says whether it had something to show. */
  private static final class Pipelines {
    private final AnswerService newsdesk;
    private final AskOptions options;
    private final BareAnswers bare;

    Pipelines(EvalIndex newsdeskIndex, BareIndex bareIndex, int hits) {
      Config.Answer defaults = Config.Answer.defaults();
      this.newsdesk =
          new AnswerService(
              newsdeskIndex.index(), Clock.systemUTC(), defaults.timeLimit(), Embedder.questions());
      this.options =
          new AskOptions(
              defaults.excerpts(), defaults.perArticle(), Optional.empty(), defaults.minCoverage());
      this.bare = new BareAnswers(bareIndex, hits);
    }

    boolean askNewsdesk(Question q) {
      Answer answer = newsdesk.ask(q.question(), options.withAsOf(Dates.parse(q.asOf())));
      String reply = PostedReply.markdown(AnswerEmbeds.render(answer));
      return answer.status() == Answer.Status.ANSWERED && !reply.isEmpty();
    }

    boolean askBare(Question q) {
      List<BareAnswers.BareExcerpt> excerpts = bare.answer(q.question(), Dates.parse(q.asOf()));
      String reply = BareAnswers.reply(excerpts);
      return !excerpts.isEmpty() && !reply.isEmpty();
    }
  }
}
