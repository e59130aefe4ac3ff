package io.newsdesk.index;

import io.newsdesk.quotes.QuoteExtractor;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * A real index in a test's folder, written the way the application writes it: configured roots,
 * with housekeeping, quotations found by the real extractor.
 */
public final class TestIndex implements Closeable {
  private final NewsIndexWriter writer;
  private final FileIndexer files;

  private TestIndex(NewsIndexWriter writer) throws IOException {
    this.writer = writer;
    QuoteExtractor quotes = new QuoteExtractor();
    this.files = new FileIndexer(writer, quotes::extract);
  }

  public static TestIndex open(Path dir) throws IOException {
    return new TestIndex(NewsIndexWriter.open(IndexFolder.forWriting(dir), false));
  }

  /** Indexes the paths as configured folders, removes what left them, and commits. */
  public IndexReport update(List<Path> paths) throws IOException {
    IndexReport report =
        files.update(
            paths.stream().map(p -> new FileIndexer.Root(p, false)).toList(),
            true,
            new IngestProgress(),
            () -> false);
    writer.commit();
    return report;
  }

  public NewsIndex index() {
    return writer.index();
  }

  /** The indexer {@link #update} uses: the only one that may write this index's files. */
  public FileIndexer files() {
    return files;
  }

  public NewsIndexWriter writer() {
    return writer;
  }

  public Analyzer analyzer() {
    return writer.index().analyzer();
  }

  public <T> T withSearcher(NewsIndex.SearcherWork<T> work) {
    return writer.index().withSearcher(work);
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
