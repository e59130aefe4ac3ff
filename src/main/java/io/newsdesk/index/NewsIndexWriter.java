package io.newsdesk.index;

import io.newsdesk.ingest.Article;
import io.newsdesk.quotes.Quotation;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of an index folder (Lucene's write lock makes sure of that across processes). It
 * replaces articles by their key, keeps the records of what was indexed from where, commits when
 * {@link #commitDue()} says so, and makes new documents searchable through {@link #index()}.
 *
 * <p>An index that cannot be opened because it is damaged is moved aside and a new one started; one
 * of an older format is deleted and started anew. {@link #rebuilt()} says why, and the caller fills
 * the new index from the sources.
 */
public final class NewsIndexWriter implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(NewsIndexWriter.class);

  /** Ingest commits at least this often, so that a crash loses seconds, not a run. */
  static final long COMMIT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

  /** ... and after this many articles, so that a fast run does not go long without one. */
  static final int COMMIT_EVERY_ARTICLES = 10_000;

  private final IndexFolder folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final NewsIndex index;
  private final Optional<ControlledRealTimeReopenThread<IndexSearcher>> reopener;
  private final ExecutorService workers;
  private final Optional<String> rebuilt;
  private volatile long lastCommit = System.nanoTime();
  private final AtomicInteger sinceCommit = new AtomicInteger();

  NewsIndexWriter(
      IndexFolder folder,
      Directory directory,
      IndexWriter writer,
      NewsIndex index,
      boolean live,
      Optional<String> rebuilt) {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    this.index = index;
    this.rebuilt = rebuilt;
    this.workers =
        Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().name("newsdesk-indexing").daemon().factory());
    this.reopener =
        live
            ? Optional.of(new ControlledRealTimeReopenThread<>(writer, index.searchers(), 1.0, 0.1))
            : Optional.empty();
    reopener.ifPresent(
        thread -> {
          thread.setName("newsdesk-reopen");
          thread.setDaemon(true);
          thread.start();
        });
  }

  /**
   * Opens the index in {@code folder} for writing: an index of another format is deleted and a
   * damaged one moved aside, and either way a new one started (see {@link #rebuilt()}).
   *
   * @param live whether searches in this process should see new documents within a second (the
   *     bot), rather than after {@link #refresh()} (a one-off run)
   * @throws IndexInUseException when another process writes the index
   * @throws IndexFolderException when the folder cannot be used, in one line
   */
  public static NewsIndexWriter open(IndexFolder folder, boolean live) throws IOException {
    return WriterOpening.open(folder, live);
  }

  /** The searching side: what this writer indexed, near real time. */
  public NewsIndex index() {
    return index;
  }

  public IndexFolder folder() {
    return folder;
  }

  /** Why the index was started anew (damaged, older format), if it was. */
  public Optional<String> rebuilt() {
    return rebuilt;
  }

  /** Threads for the costly part of indexing (analysis, quotations), one per core. */
  ExecutorService workers() {
    return workers;
  }

  /** Adds an article with its passages and quotations, replacing any with the same key. */
  public void put(Article article, ArticleSource source, List<Quotation> quotes)
      throws IOException {
    put(article, source, quotes, Optional.empty());
  }

  /** The same, with the article's vector for semantic retrieval. */
  public void put(
      Article article, ArticleSource source, List<Quotation> quotes, Optional<float[]> vector)
      throws IOException {
    List<Document> docs = Documents.of(article, source, quotes, vector);
    writer.updateDocuments(new Term(Fields.KEY, source.key(article.id())), docs);
    sinceCommit.incrementAndGet();
  }

  /**
   * Writes the documents still buffered to segments on every worker thread at once, when a run has
   * ended and the workers are idle: a commit would write them all on the calling thread alone.
   */
  void flushOnAllThreads() throws IOException {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    List<Future<Void>> flushes = new ArrayList<>(threads);
    for (int i = 0; i < threads; i++) {
      flushes.add(
          workers.submit(
              () -> {
                while (writer.flushNextBuffer()) {
                  // one buffer per turn, the largest first, until none is left
                }
                return null;
              }));
    }
    for (Future<Void> flush : flushes) {
      try {
        flush.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        throw new IllegalStateException("flushing the index failed", e.getCause());
      }
    }
  }

  /** Removes everything: articles, file and feed records (before a rebuild from the sources). */
  public void removeEverything() throws IOException {
    writer.deleteAll();
  }

  /** Removes every article from {@code from} (a file's path, a feed) and its record. */
  public void removeSource(String from) throws IOException {
    writer.deleteDocuments(new Term(Fields.FILE, from));
  }

  /** Removes the article with this key, if there is one. */
  public void removeArticle(String key) throws IOException {
    writer.deleteDocuments(new Term(Fields.KEY, key));
  }

  /** Removes articles with this URL or this GUID, except the one with {@code keep} as key. */
  public void removeOtherVersions(String from, String guid, Optional<String> url, String keep)
      throws IOException {
    BooleanQuery.Builder same = new BooleanQuery.Builder();
    same.add(new TermQuery(new Term(Fields.GUID, guid)), Occur.SHOULD);
    url.ifPresent(u -> same.add(new TermQuery(new Term(Fields.URL_KEY, u)), Occur.SHOULD));
    writer.deleteDocuments(
        new BooleanQuery.Builder()
            .add(same.build(), Occur.FILTER)
            .add(new TermQuery(new Term(Fields.FILE, from)), Occur.FILTER)
            .add(new TermQuery(new Term(Fields.KEY, keep)), Occur.MUST_NOT)
            .build());
  }

  /** Writes (or replaces) the record of a file. */
  public void putFileRecord(FileRecord record) throws IOException {
    writer.updateDocument(
        new Term(Fields.KEY, FileRecord.keyOf(record.file())), Documents.fileRecord(record));
  }

  /** Writes (or replaces) the state of a feed, stored as JSON. */
  public void putFeedRecord(String from, String stateJson) throws IOException {
    writer.updateDocument(
        new Term(Fields.KEY, FileRecord.keyOf(from)), Documents.feedRecord(from, stateJson));
  }

  /** The records of every indexed file, by path, as of now (including uncommitted changes). */
  public Map<String, FileRecord> fileRecords() throws IOException {
    index.refresh();
    return index.withSearcher(
        searcher -> {
          Map<String, FileRecord> records = new HashMap<>();
          TermQuery files = new TermQuery(new Term(Fields.KIND, Fields.KIND_FILE));
          StoredFields stored = searcher.storedFields();
          for (ScoreDoc hit :
              searcher.search(files, Math.max(1, searcher.count(files))).scoreDocs) {
            FileRecord record = Documents.fileRecord(stored.document(hit.doc));
            records.put(record.file(), record);
          }
          return records;
        });
  }

  /** Whether the last commit is old enough that ingest should commit now. */
  public boolean commitDue() {
    return System.nanoTime() - lastCommit >= COMMIT_EVERY_NANOS
        || sinceCommit.get() >= COMMIT_EVERY_ARTICLES;
  }

  /** Makes everything written so far durable, and visible to other processes and to searches. */
  public synchronized void commit() throws IOException {
    lastCommit = System.nanoTime();
    sinceCommit.set(0);
    writer.setLiveCommitData(commitData().entrySet());
    writer.commit();
    index.refresh();
  }

  /** What each commit records: the index format, and when it was made (epoch milliseconds). */
  private static Map<String, String> commitData() {
    return Map.of(
        "format",
        String.valueOf(IndexFolder.FORMAT),
        COMMITTED_AT,
        String.valueOf(System.currentTimeMillis()));
  }

  /** The commit-data key of a commit's time. */
  public static final String COMMITTED_AT = "committed-at";

  /** Makes what was written searchable in this process now, without waiting for the reopener. */
  public void refresh() throws IOException {
    index.refresh();
  }

  /** Whether the writer is still usable (a full disk or a bug can close it for good). */
  public boolean isOpen() {
    return writer.isOpen();
  }

  @Override
  public void close() throws IOException {
    workers.shutdown();
    try {
      workers.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    reopener.ifPresent(ControlledRealTimeReopenThread::close);
    try (directory;
        index) {
      if (writer.isOpen()) {
        writer.setLiveCommitData(commitData().entrySet());
        writer.close();
      }
    } catch (AlreadyClosedException e) {
      LOG.debug("the index writer was already closed", e);
    }
  }
}
