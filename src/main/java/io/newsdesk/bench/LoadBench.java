package io.newsdesk.bench;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.eval.AskEvaluation;
import io.newsdesk.eval.JsonLines;
import io.newsdesk.eval.Latencies;
import io.newsdesk.index.FileIndexer;
import io.newsdesk.index.IndexFolder;
import io.newsdesk.index.IndexReport;
import io.newsdesk.index.IngestProgress;
import io.newsdesk.index.NewsIndexWriter;
import io.newsdesk.quotes.QuoteExtractor;
import io.newsdesk.render.AnswerRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Questions from many users at once while the index grows, answered as the bot answers them: each
 * of {@code clients} users asks, waits for the reply and asks again, for as long as {@code
 * articles} articles are being indexed into the live index; the questions are answered by a pool of
 * two threads, like the bot's. Every failure to answer counts as an error; latency runs from
 * question to rendered reply, waiting in line included.
 */
public final class LoadBench {
  /** As many as the bot answers with. */
  static final int ANSWER_THREADS = 2;

  private LoadBench() {}

  /** The figures of one run. */
  public record Result(
      int questions,
      int errors,
      int answered,
      double p50Ms,
      double p99Ms,
      double maxMs,
      double serviceP50Ms,
      double serviceP99Ms,
      double serviceMaxMs,
      int articles,
      double indexSeconds,
      int clients) {
    public String line() {
      return String.format(
          Locale.ROOT,
          "questions=%d errors=%d answered=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f"
              + " answering_p50_ms=%.1f answering_p99_ms=%.1f answering_max_ms=%.1f"
              + " articles=%d index_s=%.1f articles_per_s=%.0f clients=%d",
          questions,
          errors,
          answered,
          p50Ms,
          p99Ms,
          maxMs,
          serviceP50Ms,
          serviceP99Ms,
          serviceMaxMs,
          articles,
          indexSeconds,
          articles / Math.max(1e-9, indexSeconds),
          clients);
    }
  }

  public static Result run(
      Path articlesFile, int articles, Path questionsFile, int clients, PrintStream log)
      throws Exception {
    List<String> questions =
        JsonLines.read(questionsFile, AskEvaluation.Question.class).stream()
            .map(AskEvaluation.Question::question)
            .toList();
    if (questions.isEmpty()) {
      throw new IOException(questionsFile + ": no questions");
    }
    try (BenchFolder folder = BenchFolder.create("load")) {
      Path news = Files.createDirectories(folder.resolve("articles"));
      int copied = BenchFolder.copyArticles(articlesFile, articles, news.resolve("bulk.jsonl"));
      log.printf("indexing %d articles while %d clients ask questions…%n", copied, clients);
      try (NewsIndexWriter writer =
          NewsIndexWriter.open(IndexFolder.forWriting(folder.resolve("index")), true)) {
        AnswerService answers = new AnswerService(writer.index(), Clock.systemUTC());
        AtomicBoolean indexing = new AtomicBoolean(true);
        AtomicReference<IndexReport> report = new AtomicReference<>();
        AtomicReference<Exception> indexFailure = new AtomicReference<>();
        long started = System.nanoTime();
        Thread indexer =
            new Thread(
                () -> {
                  try {
                    QuoteExtractor quotes = new QuoteExtractor();
                    report.set(
                        new FileIndexer(writer, quotes::extract)
                            .update(
                                List.of(new FileIndexer.Root(news, true)),
                                false,
                                new IngestProgress(),
                                () -> false));
                    writer.commit();
                  } catch (Exception e) {
                    indexFailure.set(e);
                  } finally {
                    indexing.set(false);
                  }
                },
                "bench-indexer");
        Latencies latencies = new Latencies();
        Latencies service = new Latencies();
        AtomicInteger asked = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        List<Thread> users = new ArrayList<>();
        ExecutorService answering = Executors.newFixedThreadPool(ANSWER_THREADS);
        indexer.start();
        for (int c = 0; c < clients; c++) {
          int offset = c * 7919;
          Thread user =
              Thread.ofVirtual()
                  .name("bench-user-" + c)
                  .start(
                      () ->
                          ask(
                              answers,
                              answering,
                              questions,
                              offset,
                              indexing,
                              latencies,
                              service,
                              new Counts(asked, errors, answered),
                              log));
          users.add(user);
        }
        indexer.join();
        double indexSeconds = (System.nanoTime() - started) / 1e9;
        for (Thread user : users) {
          user.join();
        }
        answering.shutdown();
        if (indexFailure.get() != null) {
          throw indexFailure.get();
        }
        synchronized (latencies) {
          // p50/p99/max: from question to rendered reply, waiting in line included;
          // answering_*: the time on an answering thread, which indexing must not stretch.
          return new Result(
              asked.get(),
              errors.get(),
              answered.get(),
              latencies.percentileMs(50),
              latencies.percentileMs(99),
              latencies.percentileMs(100),
              service.percentileMs(50),
              service.percentileMs(99),
              service.percentileMs(100),
              report.get().indexed(),
              indexSeconds,
              clients);
        }
      }
    }
  }

  private record Counts(AtomicInteger asked, AtomicInteger errors, AtomicInteger answered) {}

  private static void ask(
      AnswerService answers,
      ExecutorService answering,
      List<String> questions,
      int offset,
      AtomicBoolean indexing,
      Latencies latencies,
      Latencies service,
      Counts counts,
      PrintStream log) {
    AskOptions options = new AskOptions(3, 1, Optional.empty(), 0.3);
    for (int i = offset; indexing.get(); i++) {
      String question = questions.get(Math.floorMod(i, questions.size()));
      long t0 = System.nanoTime();
      try {
        Answer answer =
            answering
                .submit(
                    () -> {
                      long s0 = System.nanoTime();
                      Answer a = answers.ask(question, options);
                      long spent = System.nanoTime() - s0;
                      synchronized (service) {
                        service.add(spent);
                      }
                      return a;
                    })
                .get();
        String reply = AnswerRenderer.render(answer);
        if (reply.isEmpty() || reply.length() > AnswerRenderer.MESSAGE_LIMIT) {
          counts.errors().incrementAndGet();
        }
        if (answer.status() == Answer.Status.ANSWERED) {
          counts.answered().incrementAndGet();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException | RuntimeException e) {
        if (counts.errors().incrementAndGet() <= 5) {
          log.println("error answering '" + question + "': " + e);
        }
      }
      long elapsed = System.nanoTime() - t0;
      synchronized (latencies) {
        latencies.add(elapsed);
      }
      counts.asked().incrementAndGet();
    }
  }
}
