package io.newsdesk.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index on disk: one writer and a {@link SearcherManager} for readers. Updates go
 * through {@link #updater()}; searches borrow a searcher with {@link #withSearcher}.
 */
public final class NewsIndex implements Closeable {
  private static final double RAM_BUFFER_MB = 256;

  /**
   * BM25 tuned for passages: they are about a paragraph long and alike in length, so a word
   * repeated adds little (k1 0.6) and length normalisation matters less (b 0.3). Measured with
   * {@code newsdesk eval ask}; the defaults (1.2, 0.75) answered fewer questions.
   */
  static final Similarity SIMILARITY = new BM25Similarity(0.6f, 0.3f);

  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private NewsIndex(Directory directory, Analyzer analyzer, IndexWriter writer) throws IOException {
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.searchers =
        new SearcherManager(
            writer,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(SIMILARITY);
                return searcher;
              }
            });
  }

  /** Opens the index in {@code dir}, creating it when there is none. */
  public static NewsIndex open(Path dir) throws IOException {
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    Analyzer words = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    Analyzer analyzer =
        new PerFieldAnalyzerWrapper(
            new EnglishAnalyzer(), Map.of(Fields.QUOTE_WORDS, words, Fields.SPEAKER_WORDS, words));
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(RAM_BUFFER_MB)
            .setSimilarity(SIMILARITY);
    try {
      return new NewsIndex(directory, analyzer, new IndexWriter(directory, config));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * The analyzer the text fields were indexed with, per field; questions must use the same.
   * Passages and quotation stems are English (stemmed, no stop words); quotation words and speaker
   * names keep every word.
   */
  public Analyzer analyzer() {
    return analyzer;
  }

  public IndexUpdater updater() {
    return new IndexUpdater(writer, this::withSearcher);
  }

  /** Makes everything written so far visible to searches and durable on disk. */
  public void commit() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /** Runs {@code work} with a current searcher, released afterwards. */
  public <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A piece of work done with a borrowed searcher. */
  @FunctionalInterface
  public interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  @Override
  public void close() throws IOException {
    try (directory;
        writer;
        searchers) {
      analyzer.close();
    }
  }
}
