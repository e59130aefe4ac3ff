package io.newsdesk.bench;

import io.newsdesk.index.Fields;
import io.newsdesk.index.IndexFolder;
import io.newsdesk.index.NewsIndex;
import io.newsdesk.index.NewsIndexWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * {@code kill -9} during indexing, again and again: each round starts {@code newsdesk index} in a
 * new JVM and kills it at a random moment; after each kill the index must open, and what the killed
 * run had done since its last commit is the work lost. A last run finishes the job: every article
 * must then be in the index exactly once.
 */
public final class CrashBench {
  private CrashBench() {}

  public static String run(Path articlesFile, int articles, int kills, long seed, PrintStream log)
      throws Exception {
    Random random = new Random(seed);
    try (BenchFolder folder = BenchFolder.create("crash")) {
      Path news = Files.createDirectories(folder.resolve("articles"));
      int copied = BenchFolder.copyArticles(articlesFile, articles, news.resolve("bulk.jsonl"));
      Path config =
          Files.writeString(
              folder.resolve("newsdesk.yaml"),
              "articles:\n  paths: ["
                  + news
                  + "]\nindex:\n  path: "
                  + folder.resolve("index")
                  + "\n");
      List<Double> lostSeconds = new ArrayList<>();
      int opened = 0;
      for (int k = 1; k <= kills; k++) {
        long waitMs = 2000 + random.nextInt(10_000);
        long startedAt = System.currentTimeMillis();
        Process child = IndexProcess.start(config, folder.resolve("run-" + k + ".log"));
        boolean finished = child.waitFor(waitMs, TimeUnit.MILLISECONDS);
        long killedAt = System.currentTimeMillis();
        if (finished) {
          log.printf("round %d: the run finished before the kill (%d ms)%n", k, waitMs);
          break;
        }
        child.destroyForcibly();
        child.waitFor(10, TimeUnit.SECONDS);
        Commit commit = lastCommit(folder.resolve("index"));
        opened += commit.opens() ? 1 : 0;
        // What this run did since its own last commit (or since it started, if it made none).
        double lost = (killedAt - Math.max(commit.at(), startedAt)) / 1000.0;
        lostSeconds.add(lost);
        log.printf(
            Locale.ROOT,
            "round %d: killed after %.1f s; index opens: %s; %d articles committed; %.1f s of"
                + " this run's work since its last commit%n",
            k,
            waitMs / 1000.0,
            commit.opens() ? "yes" : "NO",
            commit.articles(),
            lost);
      }
      Process last = IndexProcess.start(config, folder.resolve("run-last.log"));
      if (last.waitFor(30, TimeUnit.MINUTES) && last.exitValue() != 0) {
        log.println("the last run exited with " + last.exitValue());
      }
      Set<String> ids = new HashSet<>();
      long docs = articleIds(folder.resolve("index"), ids);
      double worst = lostSeconds.stream().mapToDouble(d -> d).max().orElse(0);
      double mean = lostSeconds.stream().mapToDouble(d -> d).average().orElse(0);
      return String.format(
          Locale.ROOT,
          "kills=%d opened=%d articles=%d lost=%d duplicated=%d lost_work_mean_s=%.1f"
              + " lost_work_max_s=%.1f",
          lostSeconds.size(),
          opened,
          copied,
          copied - ids.size(),
          docs - ids.size(),
          mean,
          worst);
    }
  }

  private record Commit(boolean opens, long articles, long at) {}

  private static Commit lastCommit(Path index) {
    IndexFolder folder = IndexFolder.at(index);
    try (FSDirectory dir = FSDirectory.open(folder.lucene());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      Map<String, String> data = reader.getIndexCommit().getUserData();
      long at = Long.parseLong(data.getOrDefault(NewsIndexWriter.COMMITTED_AT, "0"));
      long articles =
          new org.apache.lucene.search.IndexSearcher(reader)
              .count(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)));
      return new Commit(true, articles, at);
    } catch (IndexNotFoundException e) {
      return new Commit(true, 0, 0);
    } catch (IOException | RuntimeException e) {
      return new Commit(false, 0, 0);
    }
  }

  /** Collects the ids of the indexed articles; returns how many article documents there are. */
  private static long articleIds(Path index, Set<String> ids) throws IOException {
    try (NewsIndex reader = NewsIndex.readOnly(IndexFolder.at(index))) {
      return reader.withSearcher(
          s -> {
            TermQuery articles = new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE));
            StoredFields stored = s.storedFields();
            int count = s.count(articles);
            for (ScoreDoc hit : s.search(articles, Math.max(1, count)).scoreDocs) {
              ids.add(stored.document(hit.doc).get(Fields.ARTICLE_ID));
            }
            return (long) count;
          });
    }
  }
}
