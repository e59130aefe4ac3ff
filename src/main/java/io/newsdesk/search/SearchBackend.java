package io.newsdesk.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;

/**
 * What answering and quotation lookups ask of an index, whichever holds it: the embedded Lucene
 * index ({@code index.NewsIndex}) or an OpenSearch cluster ({@code opensearch.ClusterSearch}). The
 * answer, who-said, render and Discord layers see only this.
 */
public interface SearchBackend {
  /**
   * The analysis the index's text fields were made with, per field: questions and phrases must be
   * analysed the same way to meet the indexed terms.
   */
  Analyzer analyzer();

  /**
   * Runs {@code work} on one view of the index that does not change while it runs (a question's
   * several searches must see the same documents).
   *
   * @throws java.io.UncheckedIOException when the index cannot be read
   */
  <T> T read(Reading<T> work);

  /** A piece of work done on one view of the index. */
  @FunctionalInterface
  interface Reading<T> {
    T apply(Snapshot snapshot) throws IOException;
  }
}
