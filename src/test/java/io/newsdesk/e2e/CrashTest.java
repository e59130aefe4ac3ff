package io.newsdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.bench.IndexProcess;
import io.newsdesk.index.Fields;
import io.newsdesk.index.FileIndexer;
import io.newsdesk.index.IndexFolder;
import io.newsdesk.index.IndexReport;
import io.newsdesk.index.IngestProgress;
import io.newsdesk.index.NewsIndex;
import io.newsdesk.index.NewsIndexWriter;
import io.newsdesk.quotes.QuoteExtractor;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of indexing, for real: a second JVM runs {@code newsdesk index} on
 * a large JSONL file and is killed once its first commit is on disk. The index must open, keep what
 * was committed, and the next run must finish the file with every article exactly once.
 */
@DisplayName("kill -9 during indexing loses nothing and doubles nothing")
final class CrashTest {
  private static final int ARTICLES = 40_000;

  @TempDir Path dir;

  @Test
  @DisplayName("killed after its first commit, the next run resumes: every article exactly once")
  void killedIndexerResumes() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    writeArticles(articles.resolve("bulk.jsonl"));
    Path config = config(articles);
    Process child = IndexProcess.start(config, dir.resolve("child.log"));
    long committed;
    try {
      committed = awaitFirstCommit(dir.resolve("index"), Duration.ofSeconds(60));
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no final commit
      child.waitFor(10, TimeUnit.SECONDS);
    }
    assertThat(committed).as("killed mid-run").isBetween(1L, ARTICLES - 1L);

    try (NewsIndexWriter writer =
        NewsIndexWriter.open(IndexFolder.forWriting(dir.resolve("index")), false)) {
      assertThat(writer.rebuilt()).as("opens as it was committed").isEmpty();
      QuoteExtractor quotes = new QuoteExtractor();
      IndexReport resumed =
          new FileIndexer(writer, quotes::extract)
              .update(
                  List.of(new FileIndexer.Root(articles, false)),
                  true,
                  new IngestProgress(),
                  () -> false);
      writer.commit();

      assertThat(resumed.indexed()).isLessThan(ARTICLES);
      assertThat(articleIds(writer.index())).hasSize(ARTICLES);
      assertThat(articleCount(writer.index())).isEqualTo(ARTICLES);
    }
  }

  private Path config(Path articles) throws IOException {
    return Files.writeString(
        dir.resolve("newsdesk.yaml"),
        "articles:\n  paths: [" + articles + "]\nindex:\n  path: " + dir.resolve("index") + "\n");
  }

  private static void writeArticles(Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= ARTICLES; i++) {
        out.write(
            "{\"id\": \"a"
                + i
                + "\", \"title\": \"Ferry report "
                + i
                + "\", \"text\": \"The harbour council met for the "
                + i
                + "th time. “We will run the ferry on Sundays,” the mayor, Jane Doe, said."
                + " Fares rise in spring.\\n\\nThe vote was close, councillors said on Monday.\"}\n");
      }
    }
  }

  /** Waits until a commit with articles is on disk; returns how many it holds. */
  private static long awaitFirstCommit(Path index, Duration patience) throws Exception {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      Thread.sleep(100);
      if (!Files.exists(index.resolve(IndexFolder.MARKER))) {
        continue;
      }
      try (NewsIndex reader = NewsIndex.readOnly(IndexFolder.at(index))) {
        long count = articleCount(reader);
        if (count > 0) {
          return count;
        }
      } catch (IndexNotFoundException e) {
        // nothing committed yet
      }
    }
    return 0;
  }

  private static long articleCount(NewsIndex index) {
    return index.withSearcher(
        s -> (long) s.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE))));
  }

  private static Set<String> articleIds(NewsIndex index) {
    return index.withSearcher(
        s -> {
          Set<String> ids = new HashSet<>();
          TermQuery articles = new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE));
          StoredFields stored = s.storedFields();
          for (ScoreDoc hit : s.search(articles, Math.max(1, s.count(articles))).scoreDocs) {
            ids.add(stored.document(hit.doc).get(Fields.ARTICLE_ID));
          }
          return ids;
        });
  }

  @Test
  @DisplayName("Ctrl-C stops indexing cleanly: what was done is committed and said, and kept")
  void interruptedIndexerKeepsItsWork() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    writeArticles(articles.resolve("bulk.jsonl"));
    Path config = config(articles);
    Path log = dir.resolve("child.log");
    Process child = IndexProcess.start(config, log);
    assertThat(awaitFirstCommit(dir.resolve("index"), Duration.ofSeconds(60))).isPositive();
    new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("stops within a minute").isTrue();

    String printed = Files.readString(log);
    long kept;
    try (NewsIndex reader = NewsIndex.readOnly(IndexFolder.at(dir.resolve("index")))) {
      kept = articleCount(reader);
    }
    assertThat(printed).contains("stopped early");
    java.util.regex.Matcher indexed =
        java.util.regex.Pattern.compile("indexed (\\d+) ").matcher(printed);
    assertThat(indexed.find()).as(printed).isTrue();
    assertThat(kept)
        .as("what the summary says was indexed is committed")
        .isGreaterThanOrEqualTo(Long.parseLong(indexed.group(1)));
    assertThat(kept).isLessThan(ARTICLES);
  }
}
