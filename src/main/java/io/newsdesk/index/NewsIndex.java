package io.newsdesk.index;

import io.newsdesk.search.SearchBackend;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The index as the answering side sees it: searchers, borrowed with {@link #withSearcher}, over
 * either the live index of this process's writer (near-real-time: what was just indexed is
 * searchable within a second) or the last commit of an index another process writes.
 */
public final class NewsIndex implements Closeable, SearchBackend {
  /**
   * BM25 tuned for passages: they are about a paragraph long and alike in length, so a word
   * repeated adds little (k1 0.6) and length normalisation matters less (b 0.3). Measured with
   * {@code newsdesk eval ask}; the defaults (1.2, 0.75) answered fewer questions.
   */
  static final Similarity SIMILARITY = new BM25Similarity(0.6f, 0.3f);

  private final SearcherManager searchers;
  private final Analyzer analyzer;
  private final Closeable owned;

  private NewsIndex(SearcherManager searchers, Analyzer analyzer, Closeable owned) {
    this.searchers = searchers;
    this.analyzer = analyzer;
    this.owned = owned;
  }

  /** Searches what {@code writer} has indexed so far, refreshed by {@link #refresh()}. */
  static NewsIndex nearRealTime(IndexWriter writer, Analyzer analyzer) throws IOException {
    return new NewsIndex(new SearcherManager(writer, searcherFactory()), analyzer, () -> {});
  }

  /**
   * Opens the last commit of the index in {@code folder} for reading only, while another process
   * may be writing it.
   *
   * @throws org.apache.lucene.index.IndexNotFoundException when nothing was ever committed there
   */
  public static NewsIndex readOnly(IndexFolder folder) throws IOException {
    Directory directory = FSDirectory.open(folder.lucene());
    try {
      DirectoryReader reader = DirectoryReader.open(directory);
      return new NewsIndex(
          new SearcherManager(reader, searcherFactory()), newAnalyzer(), directory);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  private static SearcherFactory searcherFactory() {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(SIMILARITY);
        return searcher;
      }
    };
  }

  /**
   * The analyzer the text fields are indexed with, per field; questions must use the same. Passages
   * and quotation stems are English (stemmed, no stop words); quotation words, speaker names and
   * the words for spelling corrections keep every word.
   */
  public static Analyzer newAnalyzer() {
    Analyzer words = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    return new PerFieldAnalyzerWrapper(
        new EnglishAnalyzer(),
        Map.of(Fields.QUOTE_WORDS, words, Fields.SPEAKER_WORDS, words, Fields.WORDS, words));
  }

  @Override
  public Analyzer analyzer() {
    return analyzer;
  }

  @Override
  public <T> T read(Reading<T> work) {
    return withSearcher(searcher -> work.apply(new EmbeddedSnapshot(searcher)));
  }

  /** Makes what was written (by this process, or committed by another) visible to searches. */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  ReferenceManager<IndexSearcher> searchers() {
    return searchers;
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
    try (owned;
        searchers) {
      analyzer.close();
    }
  }
}
