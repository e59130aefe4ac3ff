package io.newsdesk.opensearch;

import io.newsdesk.index.ArticleEmbedder;
import io.newsdesk.index.ArticleSource;
import io.newsdesk.index.FileHash;
import io.newsdesk.index.QuoteFinder;
import io.newsdesk.ingest.Article;
import io.newsdesk.ingest.ArticleFiles;
import io.newsdesk.ingest.IngestException;
import io.newsdesk.ingest.IngestProblem;
import io.newsdesk.ingest.PendingArticle;
import io.newsdesk.quotes.Quotation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Article files on their way into a cluster: listed under the configured paths, then read, parsed,
 * their quotations found and their vectors made on every core, and handed to a {@link BulkWriter}.
 * A bad file, line or article is reported in one line and skipped; the rest goes on.
 */
final class ClusterFiles {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterFiles.class);

  /** Articles waiting for a thread at most, per thread: the files are read ahead of the work. */
  private static final int QUEUED_PER_THREAD = 64;

  private final QuoteFinder quotes;
  private final ArticleEmbedder vectors;
  private final AtomicLong problems = new AtomicLong();

  ClusterFiles(QuoteFinder quotes, ArticleEmbedder vectors) {
    this.quotes = quotes;
    this.vectors = vectors;
  }

  /** A file found under a configured path (both absolute, as the embedded index keys them). */
  record Found(Path root, Path file) {}

  /** A file to write, with its size, time and SHA-256 as read just before. */
  record Stated(Found found, FileRecords.Record record) {}

  /**
   * What one file's writing did.
   *
   * @param record the file as written, with how many of its articles were
   * @param keys the keys of the articles written
   * @param complete whether every article of the file was written (no line, article or read failed)
   */
  record Written(Found found, FileRecords.Record record, Set<String> keys, boolean complete) {}

  /** Problems reported so far (files, lines, articles skipped), each logged. */
  long problems() {
    return problems.get();
  }

  /**
   * The files found under the configured paths, and the paths whose listing may have missed some (a
   * path that is not there, say an unmounted disk, or a folder that cannot be read): no file under
   * those may be taken for deleted.
   */
  record Listing(List<Found> files, Set<String> unsure) {}

  /** Every article file under the paths; a folder that cannot be read is one line. */
  Listing list(List<Path> roots) {
    List<Found> found = new ArrayList<>();
    Set<String> unsure = new HashSet<>();
    for (Path given : roots) {
      Path root = given.toAbsolutePath().normalize();
      ArticleFiles.Listing listing = ArticleFiles.list(root);
      listing.problems().forEach(this::report);
      if (!listing.problems().isEmpty() || !Files.exists(root)) {
        unsure.add(root.toString());
      }
      for (Path file : listing.files()) {
        found.add(new Found(root, file.toAbsolutePath().normalize()));
      }
    }
    return new Listing(found, unsure);
  }

  /**
   * Its size, modification time and SHA-256, as a record with no articles yet; empty, said in one
   * line, when it cannot be read (its articles stay as they are).
   */
  Optional<Stated> stat(Found found) {
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(found.file(), BasicFileAttributes.class);
      return Optional.of(
          new Stated(
              found,
              new FileRecords.Record(
                  found.file().toString(),
                  found.root().toString(),
                  FileHash.sha256(found.file()),
                  attributes.size(),
                  attributes.lastModifiedTime().toMillis(),
                  0)));
    } catch (IOException e) {
      report(
          IngestProblem.of(
              found.file(), IngestProblem.Kind.UNREADABLE, String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  /** Each file that can be read, with its record. */
  List<Stated> stat(List<Found> files) {
    return files.stream().map(this::stat).flatMap(Optional::stream).toList();
  }

  /** What the workers report of one file's articles as they go. */
  private static final class Tally {
    final Set<String> keys = ConcurrentHashMap.newKeySet();
    final AtomicLong articles = new AtomicLong();
    final AtomicBoolean complete = new AtomicBoolean(true);
  }

  /**
   * Writes the articles of these files, each document marked with {@code run}, and waits until
   * every article is handed to the writer (not until the cluster took it: flush the writer).
   */
  Map<Path, Written> write(List<Stated> files, BulkWriter writer, String run)
      throws IOException, InterruptedException {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().name("newsdesk-cluster-ingest-", 0).daemon().factory());
    Semaphore queued = new Semaphore(threads * QUEUED_PER_THREAD);
    Map<Stated, Tally> tallies = new LinkedHashMap<>();
    try {
      for (Stated stated : files) {
        Found found = stated.found();
        Tally tally = new Tally();
        tallies.put(stated, tally);
        ArticleSource source = ArticleSource.file(found.file());
        try {
          List<IngestProblem> cut =
              ArticleFiles.read(
                  found.root(),
                  found.file(),
                  pending -> {
                    queued.acquireUninterruptibly();
                    pool.execute(
                        () -> {
                          try {
                            Optional<String> key = write(pending, source, writer, run);
                            key.ifPresent(tally.keys::add);
                            if (key.isPresent()) {
                              tally.articles.incrementAndGet();
                            } else {
                              tally.complete.set(false);
                            }
                          } catch (RuntimeException | StackOverflowError e) {
                            tally.complete.set(false);
                            LOG.warn("skipped an article of {}: {}", source.from(), e.toString());
                            problems.incrementAndGet();
                          } finally {
                            queued.release();
                          }
                        });
                  });
          if (!cut.isEmpty()) {
            tally.complete.set(false);
            cut.forEach(this::report);
          }
        } catch (IngestException e) {
          tally.complete.set(false);
          report(e.problem());
        }
      }
      pool.shutdown();
      if (!pool.awaitTermination(1, TimeUnit.DAYS)) {
        throw new IOException("indexing did not finish within a day");
      }
    } finally {
      pool.shutdownNow();
    }
    Map<Path, Written> written = new LinkedHashMap<>();
    tallies.forEach(
        (stated, tally) ->
            written.put(
                stated.found().file(),
                new Written(
                    stated.found(),
                    stated.record().withArticles(tally.articles.get()),
                    Set.copyOf(tally.keys),
                    tally.complete.get())));
    return written;
  }

  /** One article, on a worker thread; its key when it was handed to the writer. */
  private Optional<String> write(
      PendingArticle pending, ArticleSource source, BulkWriter writer, String run) {
    try {
      Article article = pending.parse();
      writer.addAll(
          ClusterDocuments.of(
              article, source, quotations(article, source), vectors.embed(article), run));
      return Optional.of(source.key(article.id()));
    } catch (IngestException e) {
      report(e.problem());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // One article's failure (a bug, say) skips that article only.
      LOG.warn("skipped an article of {}: {}", source.from(), e.toString());
      problems.incrementAndGet();
    }
    return Optional.empty();
  }

  /** Its quotations; none when finding them fails (its text is written all the same). */
  private List<Quotation> quotations(Article article, ArticleSource source) {
    try {
      return quotes.find(article);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn(
          "{}: the quotations of article {} could not be read; its text is indexed without them",
          source.from(),
          article.id());
      return List.of();
    }
  }

  void report(IngestProblem problem) {
    LOG.warn("skipped {}", problem.describe());
    problems.incrementAndGet();
  }
}
