package io.newsdesk.bench;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.eval.EvalIndex;
import io.newsdesk.eval.Latencies;
import io.newsdesk.render.AnswerRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * One article with a 5 MB paragraph without a sentence end, and a question that matches it: how
 * long indexing it takes, the first question in a fresh JVM (about another article: the cost of a
 * cold JVM), the first question about the paragraph after it, and the answers after.
 */
public final class ParagraphBench {
  static final String QUESTION = "What happened in the zeppelin harbour tariffs debate?";

  private ParagraphBench() {}

  public static String run(int megabytes, int repeats, PrintStream log) throws IOException {
    try (BenchFolder folder = BenchFolder.create("paragraph")) {
      Path articles = Files.createDirectories(folder.resolve("articles"));
      writeArticle(articles.resolve("endless.md"), megabytes);
      Files.writeString(
          articles.resolve("ferry.md"),
          "---\ntitle: Ferry timetable\ndate: 2025-03-01\n---\n\nThe harbour ferry runs on"
              + " Sundays from March, the council said on Monday.\n");
      try (EvalIndex built = EvalIndex.build(articles, folder.resolve("index"))) {
        double indexMs = built.seconds() * 1000;
        log.printf(Locale.ROOT, "indexed a %d MB paragraph in %.0f ms%n", megabytes, indexMs);
        AnswerService answers = new AnswerService(built.index(), Clock.systemUTC());
        AskOptions options = new AskOptions(3, 1, Optional.empty(), 0.3);
        long cold = System.nanoTime();
        AnswerRenderer.render(answers.ask("When does the harbour ferry run?", options));
        double coldMs = (System.nanoTime() - cold) / 1e6;
        long first = System.nanoTime();
        String reply = AnswerRenderer.render(answers.ask(QUESTION, options));
        double firstMs = (System.nanoTime() - first) / 1e6;
        Latencies after = new Latencies();
        for (int i = 0; i < repeats; i++) {
          long t = System.nanoTime();
          Answer answer = answers.ask(QUESTION, options);
          AnswerRenderer.render(answer);
          after.add(System.nanoTime() - t);
        }
        return String.format(
            Locale.ROOT,
            "paragraph_mb=%d index_ms=%.0f first_question_in_jvm_ms=%.1f first_paragraph_ms=%.1f"
                + " p50_ms=%.1f p99_ms=%.1f reply_chars=%d",
            megabytes,
            indexMs,
            coldMs,
            firstMs,
            after.percentileMs(50),
            after.percentileMs(99),
            reply.length());
      }
    }
  }

  private static void writeArticle(Path file, int megabytes) throws IOException {
    String clause = "and the zeppelin harbour tariffs debate went on with clause ";
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("---\ntitle: The endless tariffs debate\ndate: 2025-03-01\n---\n\n");
      long written = 0;
      for (int i = 0; written < megabytes * 1_000_000L; i++) {
        String part = clause + i + " ";
        out.write(part);
        written += part.length();
      }
      out.write("\n");
    }
  }
}
