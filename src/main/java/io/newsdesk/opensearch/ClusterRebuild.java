package io.newsdesk.opensearch;

import io.newsdesk.index.ArticleEmbedder;
import io.newsdesk.index.ArticleSource;
import io.newsdesk.index.QuoteFinder;
import io.newsdesk.ingest.Article;
import io.newsdesk.ingest.ArticleFiles;
import io.newsdesk.ingest.IngestException;
import io.newsdesk.ingest.IngestProblem;
import io.newsdesk.ingest.PendingArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills new cluster indices from the configured article files and puts them behind the aliases in
 * one step: questions are answered from the old indices until the new ones are complete, and a
 * rebuild that fails leaves the old ones in place. The feeds' articles are copied over from the old
 * indices (a feed lists only its latest items: they could not all be fetched again). Articles are
 * parsed, their quotations found and their vectors made on every core, as for the embedded index; a
 * bad file or line is reported in one line and skipped.
 */
public final class ClusterRebuild {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterRebuild.class);

  /** Articles waiting for a thread at most, per thread: the files are read ahead of the work. */
  private static final int QUEUED_PER_THREAD = 64;

  private final OpenSearchClient client;
  private final Aliases aliases;
  private final IndexDefinition definition;
  private final QuoteFinder quotes;
  private final ArticleEmbedder vectors;
  private final BulkWriter.Options options;

  public ClusterRebuild(
      OpenSearchClient client,
      Aliases aliases,
      IndexDefinition definition,
      QuoteFinder quotes,
      ArticleEmbedder vectors,
      BulkWriter.Options options) {
    this.client = client;
    this.aliases = aliases;
    this.definition = definition;
    this.quotes = quotes;
    this.vectors = vectors;
    this.options = options;
  }

  /**
   * What a rebuild did.
   *
   * @param articles articles written from the files
   * @param feedArticles feed articles carried over from the indices replaced
   * @param problems files, lines and articles skipped, each logged
   * @param bulk what the cluster took
   */
  public record Report(
      long articles, long feedArticles, long problems, BulkReport bulk, double seconds) {
    public double articlesPerSecond() {
      return seconds > 0 ? articles / seconds : 0;
    }
  }

  /**
   * Rebuilds from the files and folders given. The indices behind the aliases are switched only
   * when every document was written; otherwise the new ones are deleted and an IOException says how
   * many documents the cluster refused.
   */
  public Report rebuild(List<Path> roots) throws IOException, InterruptedException {
    long started = System.nanoTime();
    Map<IndexKind, String> fresh = new EnumMap<>(IndexKind.class);
    for (IndexKind kind : IndexKind.values()) {
      fresh.put(kind, aliases.create(kind, definition));
      // Nobody searches the new indices yet: no refresh (segments made every second) until full.
      refreshInterval(fresh.get(kind), "-1");
    }
    AtomicLong articles = new AtomicLong();
    AtomicLong problems = new AtomicLong();
    BulkReport bulk;
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().name("newsdesk-cluster-ingest-", 0).daemon().factory());
    Semaphore queued = new Semaphore(threads * QUEUED_PER_THREAD);
    try (BulkWriter writer = BulkWriter.toIndices(client, fresh, options)) {
      for (Path given : roots) {
        // Absolute, as the embedded index keys them: an article has one key on both backends.
        Path root = given.toAbsolutePath().normalize();
        ArticleFiles.Listing listing = ArticleFiles.list(root);
        listing.problems().forEach(p -> report(p, problems));
        for (Path listed : listing.files()) {
          Path file = listed.toAbsolutePath().normalize();
          ArticleSource source = ArticleSource.file(file);
          try {
            List<IngestProblem> cut =
                ArticleFiles.read(
                    root,
                    file,
                    pending -> {
                      queued.acquireUninterruptibly();
                      pool.execute(
                          () -> {
                            try {
                              write(pending, source, writer, articles, problems);
                            } finally {
                              queued.release();
                            }
                          });
                    });
            cut.forEach(p -> report(p, problems));
          } catch (IngestException e) {
            report(e.problem(), problems);
          }
        }
      }
      pool.shutdown();
      if (!pool.awaitTermination(1, TimeUnit.DAYS)) {
        throw new IOException("indexing did not finish within a day");
      }
      bulk = writer.flush();
    } finally {
      pool.shutdownNow();
    }
    if (bulk.failed() > 0) {
      deleteAll(fresh);
      throw new IOException(
          "the cluster refused "
              + bulk.failed()
              + " documents; the indices in use are unchanged (see the lines above)");
    }
    long feedArticles;
    try {
      feedArticles = ClusterFeeds.carryOver(client, aliases, fresh);
    } catch (IOException | RuntimeException e) {
      deleteAll(fresh);
      throw e;
    }
    for (IndexKind kind : IndexKind.values()) {
      refreshInterval(fresh.get(kind), "1s");
      client.indices().refresh(r -> r.index(fresh.get(kind)));
      aliases.switchTo(kind, fresh.get(kind));
      aliases.deleteUnused(kind);
    }
    return new Report(
        articles.get(), feedArticles, problems.get(), bulk, (System.nanoTime() - started) / 1e9);
  }

  private void deleteAll(Map<IndexKind, String> fresh) throws IOException {
    for (String index : fresh.values()) {
      client.indices().delete(d -> d.index(index));
    }
  }

  private void refreshInterval(String index, String interval) throws IOException {
    com.fasterxml.jackson.databind.node.ObjectNode body = ClusterJson.object();
    body.putObject("index").put("refresh_interval", interval);
    ClusterJson.send(client, "PUT", "/" + index + "/_settings", body);
  }

  private void write(
      PendingArticle pending,
      ArticleSource source,
      BulkWriter writer,
      AtomicLong articles,
      AtomicLong problems) {
    try {
      Article article = pending.parse();
      writer.addAll(
          ClusterDocuments.of(article, source, quotes.find(article), vectors.embed(article)));
      articles.incrementAndGet();
    } catch (IngestException e) {
      report(e.problem(), problems);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // One article's failure (a bug in quotation finding, say) skips that article only.
      LOG.warn("skipped an article of {}: {}", source.from(), e.toString());
      problems.incrementAndGet();
    }
  }

  private static void report(IngestProblem problem, AtomicLong problems) {
    LOG.warn("skipped {}", problem.describe());
    problems.incrementAndGet();
  }
}
