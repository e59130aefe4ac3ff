package io.newsdesk.opensearch;

import java.util.Locale;

/**
 * The three indices Newsdesk keeps on a cluster. The embedded index holds all three kinds of
 * document in one Lucene index told apart by a field; on a cluster each kind has its own index, so
 * that each has its own mapping and a passage search needs no filter.
 */
public enum IndexKind {
  /** One document per article: its citation fields, its words and its vector. */
  ARTICLES,
  /** The searchable text: one document per passage of an article. */
  PASSAGES,
  /** One document per quotation, with its speaker: what /who-said and /quotes search. */
  QUOTATIONS;

  /** The name used in index and alias names: {@code articles}, {@code passages}, … */
  public String suffix() {
    return name().toLowerCase(Locale.ROOT);
  }
}
