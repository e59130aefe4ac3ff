package io.newsdesk.eval;

import io.newsdesk.embed.Embedder;
import io.newsdesk.index.ArticleEmbedder;
import io.newsdesk.index.FileIndexer;
import io.newsdesk.index.IndexFolder;
import io.newsdesk.index.IndexReport;
import io.newsdesk.index.IngestProgress;
import io.newsdesk.index.NewsIndex;
import io.newsdesk.index.NewsIndexWriter;
import io.newsdesk.quotes.QuoteExtractor;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The index an evaluation or a benchmark runs against: the articles indexed into a folder, timed.
 */
public final class EvalIndex implements Closeable {
  private final NewsIndexWriter writer;
  private final IndexReport report;
  private final double seconds;

  private EvalIndex(NewsIndexWriter writer, IndexReport report, double seconds) {
    this.writer = writer;
    this.report = report;
    this.seconds = seconds;
  }

  public static EvalIndex build(Path articles, Path indexDir) throws IOException {
    return build(articles, indexDir, Embedder.articles());
  }

  /** As {@link #build(Path, Path)}, with the article vectors made by {@code vectors}. */
  public static EvalIndex build(Path articles, Path indexDir, ArticleEmbedder vectors)
      throws IOException {
    NewsIndexWriter writer = NewsIndexWriter.open(IndexFolder.forWriting(indexDir), false);
    try {
      QuoteExtractor quotes = new QuoteExtractor();
      long started = System.nanoTime();
      IndexReport report =
          new FileIndexer(writer, quotes::extract, vectors)
              .update(
                  List.of(new FileIndexer.Root(articles, true)),
                  false,
                  new IngestProgress(),
                  () -> false);
      writer.commit();
      return new EvalIndex(writer, report, (System.nanoTime() - started) / 1e9);
    } catch (IOException | RuntimeException e) {
      writer.close();
      throw e;
    }
  }

  public NewsIndex index() {
    return writer.index();
  }

  public IndexReport report() {
    return report;
  }

  public double seconds() {
    return seconds;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
