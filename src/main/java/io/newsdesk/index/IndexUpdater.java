package io.newsdesk.index;

import io.newsdesk.ingest.Article;
import io.newsdesk.ingest.ArticleFiles;
import io.newsdesk.ingest.IngestException;
import io.newsdesk.ingest.IngestProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index in line with files on disk: new and changed files are (re)indexed, unchanged
 * ones (same SHA-256) are left alone, files that are gone leave the index. A file that cannot be
 * read is reported and skipped, and whatever it held before stays searchable.
 */
public final class IndexUpdater {
  private static final Logger LOG = LoggerFactory.getLogger(IndexUpdater.class);
  private static final int IN_FLIGHT = 512;

  private final IndexWriter writer;
  private final Map<String, String> knownHashes;

  IndexUpdater(IndexWriter writer, SearchRunner searchRunner) {
    this.writer = writer;
    this.knownHashes = searchRunner.run(IndexUpdater::readFileHashes);
  }

  /** How {@link NewsIndex} lends a searcher to read the file records. */
  @FunctionalInterface
  interface SearchRunner {
    Map<String, String> run(NewsIndex.SearcherWork<Map<String, String>> work);
  }

  /** Indexes every article file at or below each path, then removes files gone from disk. */
  public IndexReport update(List<Path> paths) throws IOException {
    Counts counts = new Counts();
    for (Path root : paths) {
      Path path = root.toAbsolutePath().normalize();
      if (!Files.exists(path)) {
        counts.fail(
            IngestProblem.of(path, IngestProblem.Kind.UNREADABLE, "no such file or folder"));
        continue;
      }
      for (Path file : ArticleFiles.list(path)) {
        updateFile(file, counts);
      }
    }
    for (String known : List.copyOf(knownHashes.keySet())) {
      if (!Files.exists(Path.of(known))) {
        writer.deleteDocuments(new Term(Fields.FILE, known));
        knownHashes.remove(known);
        counts.removed++;
        LOG.info("{}: gone from disk, removed from the index", known);
      }
    }
    return counts.report();
  }

  private void updateFile(Path file, Counts counts) throws IOException {
    String key = file.toString();
    String hash;
    try {
      hash = sha256(file);
    } catch (IOException e) {
      counts.fail(IngestProblem.of(file, IngestProblem.Kind.UNREADABLE, e.toString()));
      return;
    }
    if (hash.equals(knownHashes.get(key))) {
      counts.unchanged++;
      return;
    }
    List<IngestProblem> lineProblems;
    AtomicInteger articles = new AtomicInteger();
    try {
      lineProblems = indexArticles(file, articles);
    } catch (IngestException e) {
      counts.fail(e.problem());
      return;
    }
    lineProblems.forEach(counts::skip);
    if (articles.get() == 0) {
      // Not one usable article: what the file held before stays searchable, and the file is
      // read again next time, so its problems are reported until it is fixed.
      return;
    }
    writer.addDocument(Documents.fileRecord(file, hash, articles.get()));
    knownHashes.put(key, hash);
    counts.indexed += articles.get();
  }

  /**
   * Reads a file and indexes its articles on all cores: parsing stays on this thread, cleaning,
   * passage splitting and analysis of each article run on a worker. The file's old documents are
   * deleted when its first article arrives, so a file that cannot be read keeps its old version.
   */
  private List<IngestProblem> indexArticles(Path file, AtomicInteger articles)
      throws IngestException, IOException {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    Semaphore inFlight = new Semaphore(IN_FLIGHT);
    AtomicReference<Exception> failure = new AtomicReference<>();
    AtomicBoolean oldDeleted = new AtomicBoolean();
    List<IngestProblem> problems = new ArrayList<>();
    List<IngestProblem> lineProblems = java.util.Collections.synchronizedList(new ArrayList<>());
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      problems.addAll(
          ArticleFiles.read(
              file,
              pending -> {
                inFlight.acquireUninterruptibly();
                pool.execute(
                    () -> {
                      try {
                        Article article = pending.parse();
                        if (!oldDeleted.get()) {
                          synchronized (oldDeleted) {
                            if (!oldDeleted.get()) {
                              deleteFile(file);
                              oldDeleted.set(true);
                            }
                          }
                        }
                        writer.addDocuments(Documents.of(article, file));
                        articles.incrementAndGet();
                      } catch (IngestException e) {
                        lineProblems.add(e.problem());
                      } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(null, e);
                      } finally {
                        inFlight.release();
                      }
                    });
              }));
    }
    problems.addAll(lineProblems);
    if (failure.get() instanceof IOException e) {
      throw e;
    } else if (failure.get() instanceof RuntimeException e) {
      throw e;
    }
    return problems;
  }

  private void deleteFile(Path file) {
    try {
      writer.deleteDocuments(new Term(Fields.FILE, file.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> readFileHashes(org.apache.lucene.search.IndexSearcher searcher)
      throws IOException {
    Map<String, String> hashes = new HashMap<>();
    TermQuery files = new TermQuery(new Term(Fields.KIND, Fields.KIND_FILE));
    int max = Math.max(1, searcher.getIndexReader().maxDoc());
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : searcher.search(files, max).scoreDocs) {
      Document doc = stored.document(hit.doc);
      hashes.put(doc.get(Fields.FILE), doc.get(Fields.FILE_HASH));
    }
    return hashes;
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha())) {
      in.transferTo(OutputStreamSink.INSTANCE);
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static MessageDigest sha() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** Discards bytes: the digest is all that is wanted. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }

  private static final class Counts {
    int indexed;
    int unchanged;
    int skipped;
    int failed;
    int removed;
    final List<IngestProblem> problems = new ArrayList<>();

    void fail(IngestProblem problem) {
      failed++;
      problems.add(problem);
      LOG.warn("skipped {}", problem.describe());
    }

    void skip(IngestProblem problem) {
      skipped++;
      problems.add(problem);
      LOG.warn("skipped {}", problem.describe());
    }

    IndexReport report() {
      return new IndexReport(indexed, unchanged, skipped, failed, removed, problems);
    }
  }
}
