package io.newsdesk.index;

import io.newsdesk.ingest.Article;
import io.newsdesk.ingest.ArticleFiles;
import io.newsdesk.ingest.IngestException;
import io.newsdesk.ingest.IngestProblem;
import io.newsdesk.ingest.OneLine;
import io.newsdesk.ingest.PendingArticle;
import io.newsdesk.quotes.Quotation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * Indexes the articles of one file on the writer's worker threads: this thread reads and hands out
 * lines, workers parse, find quotations and add the documents. The file's old documents are deleted
 * when its first article parses, so a file that cannot be read keeps its old version.
 *
 * <p>When a commit is due mid-file, the file's record is written first with the last line up to
 * which every line is indexed, so that after a crash the next run resumes there; an article past
 * that line that was committed too is replaced, by its key, not doubled.
 */
final class FileRun {
  private static final int IN_FLIGHT = 256;

  /**
   * What the run left: the file's record as now written, if any; {@code emptied} when the file
   * holds nothing any more and its articles left the index.
   */
  record Outcome(Optional<FileRecord> record, boolean emptied) {
    Outcome(Optional<FileRecord> record) {
      this(record, false);
    }
  }

  /** What is added to an article before it is indexed: its quotations and its vector. */
  record Enrichment(QuoteFinder quotes, ArticleEmbedder embedder) {}

  private final NewsIndexWriter index;
  private final QuoteFinder quotes;
  private final ArticleEmbedder embedder;
  private final Path root;
  private final Path file;
  private final ArticleSource source;
  private final FileRecord base;
  private final boolean resume;
  private final IngestProgress progress;
  private final BooleanSupplier stop;

  private static final Object[] STRIPES = new Object[64];

  static {
    for (int i = 0; i < STRIPES.length; i++) {
      STRIPES[i] = new Object();
    }
  }

  private final Semaphore permits = new Semaphore(IN_FLIGHT);
  private final java.util.concurrent.ConcurrentHashMap<String, Long> latestLine =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final ConcurrentSkipListSet<Long> inFlight = new ConcurrentSkipListSet<>();
  private final AtomicInteger articles = new AtomicInteger();
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  private final Object startLock = new Object();
  private volatile boolean started;
  private volatile long submitted;
  private long offsetSeen;

  FileRun(
      NewsIndexWriter index,
      Enrichment enrichment,
      FileIndexer.Root root,
      Path file,
      FileRecord base,
      boolean resume,
      IngestProgress progress,
      BooleanSupplier stop) {
    this.index = index;
    this.quotes = enrichment.quotes();
    this.embedder = enrichment.embedder();
    this.root = root.path();
    this.file = file;
    this.source = ArticleSource.file(file);
    this.base = base;
    this.resume = resume;
    this.progress = progress;
    this.stop = stop;
    this.submitted = base.doneLine().orElse(0L);
    this.started = resume;
  }

  Outcome index(IngestCounts counts) throws IOException {
    long skipUpTo = resume ? base.doneLine().orElse(0L) : 0;
    List<IngestProblem> fileProblems;
    try {
      fileProblems = ArticleFiles.read(root, file, pending -> submit(pending, skipUpTo, counts));
    } catch (IngestException e) {
      awaitWorkers();
      rethrowFailure();
      counts.fail(e.problem());
      if (e.problem().kind() == IngestProblem.Kind.EMPTY && !started) {
        // Emptied on purpose: what it held goes. (A file that breaks keeps its old version.)
        index.removeSource(file.toString());
        return new Outcome(Optional.empty(), true);
      }
      if (started) {
        // Cut short by a read error after articles were indexed: resume from here next time.
        counts.indexed += articles.get();
        return new Outcome(checkpoint(true));
      }
      return finish(counts);
    } catch (FileIndexer.Stopped e) {
      awaitWorkers();
      rethrowFailure();
      counts.stopped = true;
      counts.indexed += articles.get();
      return new Outcome(checkpoint(true));
    }
    awaitWorkers();
    fileProblems.forEach(counts::skip);
    return finish(counts);
  }

  private void submit(PendingArticle pending, long skipUpTo, IngestCounts counts) {
    if (stop.getAsBoolean() || failure.get() != null) {
      throw new FileIndexer.Stopped();
    }
    progress.read(pending.offset() - offsetSeen);
    offsetSeen = pending.offset();
    if (pending.line() > 0 && pending.line() <= skipUpTo) {
      return;
    }
    permits.acquireUninterruptibly();
    inFlight.add(pending.line());
    submitted = pending.line();
    index.workers().execute(() -> work(pending, counts));
    if (index.commitDue()) {
      try {
        checkpoint(false);
        index.commit();
      } catch (IOException e) {
        failure.compareAndSet(null, e);
      }
    }
  }

  private void work(PendingArticle pending, IngestCounts counts) {
    try {
      Article article = pending.parse();
      start();
      List<Quotation> quotes = quotations(article, pending, counts);
      Optional<float[]> vector = vector(article, pending, counts);
      if (putUnlessNewer(article, pending.line(), quotes, vector)) {
        articles.incrementAndGet();
      }
      progress.article();
    } catch (IngestException e) {
      counts.skip(e.problem());
    } catch (IOException | AlreadyClosedException e) {
      // The writer itself failed (a full disk): nothing more can be indexed.
      failure.compareAndSet(null, e);
    } catch (RuntimeException | StackOverflowError e) {
      // Lucene refused the document (a term too long, say), or a bug: this article only.
      counts.skip(problem(pending, IngestProblem.Kind.NOT_INDEXED, e));
    } finally {
      inFlight.remove(pending.line());
      permits.release();
    }
  }

  /**
   * Puts the article unless a later line of the file with the same id was put already: workers
   * finish in any order, and of two lines with one id the later one is the article.
   */
  private boolean putUnlessNewer(
      Article article, long line, List<Quotation> quotes, Optional<float[]> vector)
      throws IOException {
    String id = article.id();
    synchronized (STRIPES[Math.floorMod(id.hashCode(), STRIPES.length)]) {
      Long newest = latestLine.get(id);
      if (newest != null && newest > line) {
        return false;
      }
      latestLine.put(id, line);
      index.put(article, source, quotes, vector);
      return newest == null;
    }
  }

  /** The article's vector; when embedding fails, none, and the words are indexed anyway. */
  private Optional<float[]> vector(Article article, PendingArticle pending, IngestCounts counts) {
    try {
      return embedder.embed(article);
    } catch (RuntimeException e) {
      counts.note(
          problem(pending, IngestProblem.Kind.NOT_INDEXED, e)
              .withReason(
                  "it could not be embedded ("
                      + OneLine.of(String.valueOf(e), 200)
                      + "); it is found by its words only"));
      return Optional.empty();
    }
  }

  /** The article's quotations; when finding them fails, none, and the text is indexed anyway. */
  private List<Quotation> quotations(Article article, PendingArticle pending, IngestCounts counts) {
    try {
      return quotes.find(article);
    } catch (RuntimeException | StackOverflowError e) {
      counts.note(
          problem(pending, IngestProblem.Kind.NOT_INDEXED, e)
              .withReason(
                  "its quotations could not be read ("
                      + OneLine.of(String.valueOf(e), 200)
                      + "); its text is indexed without them"));
      return List.of();
    }
  }

  private IngestProblem problem(PendingArticle pending, IngestProblem.Kind kind, Throwable e) {
    String reason = OneLine.of(String.valueOf(e.getMessage()), 200);
    return pending.line() > 0
        ? IngestProblem.atLine(file, pending.line(), kind, reason)
        : IngestProblem.of(file, kind, reason);
  }

  /** Before the first article of a new version: the old version goes, the record says so. */
  private void start() throws IOException {
    if (started) {
      return;
    }
    synchronized (startLock) {
      if (!started) {
        index.removeSource(file.toString());
        index.putFileRecord(base);
        started = true;
      }
    }
  }

  /** The last line up to which every line is indexed. */
  private long doneLine() {
    Long first = inFlight.ceiling(Long.MIN_VALUE); // null when empty, never a race with remove
    return first == null ? submitted : first - 1;
  }

  private Optional<FileRecord> checkpoint(boolean force) throws IOException {
    if (!started || (!force && !index.commitDue())) {
      return Optional.empty();
    }
    FileRecord partial = record(Optional.of(Math.max(0, doneLine())));
    index.putFileRecord(partial);
    return Optional.of(partial);
  }

  private Outcome finish(IngestCounts counts) throws IOException {
    rethrowFailure();
    counts.indexed += articles.get();
    if (!started) {
      return new Outcome(Optional.empty());
    }
    FileRecord done = record(Optional.empty());
    index.putFileRecord(done);
    return new Outcome(Optional.of(done));
  }

  private FileRecord record(Optional<Long> doneLine) {
    return new FileRecord(
        base.file(),
        base.hash(),
        base.size(),
        base.modified(),
        base.root(),
        base.manual(),
        base.articles() + articles.get(),
        doneLine);
  }

  private void awaitWorkers() {
    permits.acquireUninterruptibly(IN_FLIGHT);
    permits.release(IN_FLIGHT);
  }

  private void rethrowFailure() throws IOException {
    Exception e = failure.get();
    if (e instanceof IOException io) {
      throw io;
    }
    if (e instanceof RuntimeException r) {
      throw r;
    }
  }
}
