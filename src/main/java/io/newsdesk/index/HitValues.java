package io.newsdesk.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Doc values of a search's hits, read in doc order with one iterator per segment: an iterator only
 * moves forward, and opening one per hit costs more than reading the value.
 */
final class HitValues {
  private HitValues() {}

  /** Each hit's publication day (epoch days); hits without one are left out. */
  static Map<Integer, Long> publishedDays(IndexReader reader, ScoreDoc[] hits) throws IOException {
    return read(
        reader,
        hits,
        leaf -> leaf.getNumericDocValues(Fields.PUBLISHED),
        (NumericDocValues values, int doc) -> values.advanceExact(doc) ? values.longValue() : null);
  }

  /** Each hit's article key; hits without one are left out. */
  static Map<Integer, String> keys(IndexReader reader, ScoreDoc[] hits) throws IOException {
    return read(
        reader,
        hits,
        leaf -> leaf.getSortedDocValues(Fields.KEY),
        (SortedDocValues values, int doc) -> {
          if (!values.advanceExact(doc)) {
            return null;
          }
          BytesRef key = values.lookupOrd(values.ordValue());
          return key.utf8ToString();
        });
  }

  /** Opens a segment's values of one field; null when the segment has none. */
  @FunctionalInterface
  private interface Opener<V> {
    V open(LeafReader leaf) throws IOException;
  }

  /** One document's value (its number within the segment), null when it has none. */
  @FunctionalInterface
  private interface Reading<V, T> {
    T value(V values, int leafDoc) throws IOException;
  }

  private static <V, T> Map<Integer, T> read(
      IndexReader reader, ScoreDoc[] hits, Opener<V> opener, Reading<V, T> reading)
      throws IOException {
    int[] sorted = Arrays.stream(hits).mapToInt(hit -> hit.doc).sorted().distinct().toArray();
    Map<Integer, T> out = HashMap.newHashMap(sorted.length);
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = null;
    V values = null;
    for (int doc : sorted) {
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        values = opener.open(leaf.reader());
      }
      T value = values == null ? null : reading.value(values, doc - leaf.docBase);
      if (value != null) {
        out.put(doc, value);
      }
    }
    return out;
  }
}
