package io.newsdesk.index;

import io.newsdesk.ingest.Article;
import io.newsdesk.quotes.Quotation;
import io.newsdesk.search.Citation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/** The one place where articles, passages, quotations and records become Lucene documents. */
public final class Documents {
  /** A speaker "name" longer than this is not a name; the quotation is kept without one. */
  static final int SPEAKER_MAX = 300;

  /**
   * A "quotation" longer than this is a quote mark that was never closed, not someone's words: it
   * is not indexed as a quotation (its text still is, as passages).
   */
  static final int QUOTE_MAX = 3000;

  /** Which words occur, nothing more: for spelling corrections (see {@link Fields#WORDS}). */
  private static final FieldType WORDS_ONLY = wordsOnly();

  /**
   * Analysed text searched by single words only (titles, quotations, speakers): frequencies and
   * norms for scoring, no positions, which only the passage text's word pairs read.
   */
  private static final FieldType WORDS_WITH_FREQS = wordsWithFreqs();

  private Documents() {}

  private static FieldType wordsWithFreqs() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  private static FieldType wordsOnly() {
    FieldType type = new FieldType();
    type.setIndexOptions(IndexOptions.DOCS);
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  /**
   * The article document, one per quotation, then one per passage, all with the article's key. Only
   * passages have searchable text and title, so a text query needs no filter on the document kind.
   */
  public static List<Document> of(Article article, ArticleSource source, List<Quotation> quotes) {
    return of(article, source, quotes, Optional.empty());
  }

  /** The same, with the article's vector on its article document when there is one. */
  public static List<Document> of(
      Article article, ArticleSource source, List<Quotation> quotes, Optional<float[]> vector) {
    String key = source.key(article.id());
    List<Document> docs = new ArrayList<>();
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, Fields.KIND_ARTICLE, Field.Store.NO));
    addShared(doc, article, source, key);
    doc.add(new Field(Fields.WORDS, article.title() + "\n" + article.text(), WORDS_ONLY));
    vector.ifPresent(
        v ->
            doc.add(
                new KnnFloatVectorField(Fields.VECTOR, v, VectorSimilarityFunction.DOT_PRODUCT)));
    addEmptyPassageText(doc);
    docs.add(doc);
    for (Quotation quote : quotes) {
      if (quote.text().length() <= QUOTE_MAX) {
        docs.add(quote(article, source, key, quote));
      }
    }
    for (Passage passage : PassageSplitter.split(article)) {
      Document p = new Document();
      p.add(new StringField(Fields.KIND, Fields.KIND_PASSAGE, Field.Store.NO));
      addShared(p, article, source, key);
      p.add(new Field(Fields.TITLE_TEXT, article.title(), WORDS_WITH_FREQS));
      p.add(new TextField(Fields.TEXT, passage.text(), Field.Store.YES));
      p.add(new StoredField(Fields.START, passage.start()));
      p.add(new StoredField(Fields.END, passage.end()));
      int cut =
          (passage.cutBefore() ? Fields.CUT_BEFORE : 0)
              | (passage.cutAfter() ? Fields.CUT_AFTER : 0);
      if (cut != 0) {
        p.add(new StoredField(Fields.CUT, cut));
      }
      docs.add(p);
    }
    return docs;
  }

  private static Document quote(
      Article article, ArticleSource source, String key, Quotation quote) {
    Document q = new Document();
    q.add(new StringField(Fields.KIND, Fields.KIND_QUOTE, Field.Store.NO));
    addShared(q, article, source, key);
    q.add(new StoredField(Fields.QUOTE, quote.text()));
    q.add(new Field(Fields.QUOTE_STEMS, quote.text(), WORDS_WITH_FREQS));
    q.add(new Field(Fields.QUOTE_WORDS, quote.text(), WORDS_WITH_FREQS));
    quote
        .speaker()
        .filter(speaker -> speaker.length() <= SPEAKER_MAX)
        .ifPresent(
            speaker -> {
              q.add(new StringField(Fields.SPEAKER, speaker, Field.Store.YES));
              q.add(new Field(Fields.SPEAKER_WORDS, speaker, WORDS_WITH_FREQS));
            });
    quote
        .role()
        .filter(role -> role.length() <= SPEAKER_MAX)
        .ifPresent(role -> q.add(new StoredField(Fields.ROLE, role)));
    q.add(new StoredField(Fields.START, quote.start()));
    q.add(new StoredField(Fields.END, quote.end()));
    if (!quote.sieve().isEmpty()) {
      q.add(new StoredField(Fields.SIEVE, quote.sieve()));
    }
    addEmptyPassageText(q);
    return q;
  }

  /**
   * A passage's text fields, empty, on every other document. They add no term (no document of
   * another kind matches a word, and the counts BM25 scores with stay those of the passages), but
   * they give each document a norm: with every document of a segment holding one, Lucene keeps the
   * norms dense, read by position, instead of sparse behind a bitset it must search for every hit.
   */
  private static void addEmptyPassageText(Document doc) {
    doc.add(new Field(Fields.TITLE_TEXT, "", WORDS_WITH_FREQS));
    doc.add(new TextField(Fields.TEXT, "", Field.Store.NO));
  }

  /**
   * The key as a term (to find and replace a document) and as doc values (to read it for many hits
   * cheaply); every document with a key has both, as Lucene wants one shape per field.
   */
  private static void addKey(Document doc, String key, Field.Store store) {
    doc.add(new StringField(Fields.KEY, key, store));
    doc.add(new SortedDocValuesField(Fields.KEY, new BytesRef(key)));
  }

  private static void addShared(Document doc, Article article, ArticleSource source, String key) {
    // Indexed to remove a source's articles; stored only on its record, where it is read.
    doc.add(new StringField(Fields.FILE, source.from(), Field.Store.NO));
    addKey(doc, key, Field.Store.YES);
    doc.add(new StringField(Fields.ARTICLE_ID, article.id(), Field.Store.YES));
    doc.add(new StoredField(Fields.TITLE, article.title()));
    source.guid().ifPresent(guid -> doc.add(new StringField(Fields.GUID, guid, Field.Store.NO)));
    article
        .url()
        .ifPresent(
            url -> {
              doc.add(new StoredField(Fields.URL, url));
              doc.add(new StringField(Fields.URL_KEY, url, Field.Store.NO));
            });
    article.source().ifPresent(s -> doc.add(new StringField(Fields.SOURCE, s, Field.Store.YES)));
    article
        .published()
        .ifPresent(
            day -> {
              doc.add(new LongPoint(Fields.PUBLISHED, day.toEpochDay()));
              doc.add(new NumericDocValuesField(Fields.PUBLISHED, day.toEpochDay()));
              doc.add(new StoredField(Fields.PUBLISHED, day.toEpochDay()));
            });
  }

  /** The record of an indexed file: how to tell it changed, and how far indexing got. */
  static Document fileRecord(FileRecord record) {
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, Fields.KIND_FILE, Field.Store.NO));
    doc.add(new StringField(Fields.FILE, record.file(), Field.Store.YES));
    addKey(doc, FileRecord.keyOf(record.file()), Field.Store.NO);
    doc.add(new StoredField(Fields.FILE_HASH, record.hash()));
    doc.add(new StoredField(Fields.FILE_SIZE, record.size()));
    doc.add(new StoredField(Fields.FILE_MODIFIED, record.modified()));
    doc.add(new StoredField(Fields.FILE_ROOT, record.root()));
    doc.add(new StoredField(Fields.FILE_ORIGIN, record.manual() ? "manual" : "config"));
    doc.add(new StoredField(Fields.ARTICLES_IN_FILE, record.articles()));
    record.doneLine().ifPresent(line -> doc.add(new StoredField(Fields.FILE_DONE_LINE, line)));
    addEmptyPassageText(doc);
    return doc;
  }

  static FileRecord fileRecord(Document doc) {
    IndexableField done = doc.getField(Fields.FILE_DONE_LINE);
    return new FileRecord(
        doc.get(Fields.FILE),
        doc.get(Fields.FILE_HASH),
        number(doc, Fields.FILE_SIZE),
        number(doc, Fields.FILE_MODIFIED),
        doc.get(Fields.FILE_ROOT),
        "manual".equals(doc.get(Fields.FILE_ORIGIN)),
        (int) number(doc, Fields.ARTICLES_IN_FILE),
        Optional.ofNullable(done).map(f -> f.numericValue().longValue()));
  }

  /** The record of a feed: its state as JSON, under the feed's source value. */
  static Document feedRecord(String from, String stateJson) {
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, Fields.KIND_FEED, Field.Store.NO));
    doc.add(new StringField(Fields.FILE, from, Field.Store.YES));
    addKey(doc, FileRecord.keyOf(from), Field.Store.NO);
    doc.add(new StoredField(Fields.FEED_STATE, stateJson));
    addEmptyPassageText(doc);
    return doc;
  }

  private static long number(Document doc, String field) {
    IndexableField f = doc.getField(field);
    return f == null ? 0 : f.numericValue().longValue();
  }

  /** The stored fields {@link #citation} reads: a search that cites needs to load no others. */
  public static final Set<String> CITATION_FIELDS =
      Set.of(
          Fields.ARTICLE_ID, Fields.TITLE, Fields.SOURCE, Fields.PUBLISHED, Fields.URL, Fields.KEY);

  /** The citation fields of a stored article, passage or quotation document. */
  public static Citation citation(Document doc) {
    IndexableField published = doc.getField(Fields.PUBLISHED);
    return new Citation(
        doc.get(Fields.ARTICLE_ID),
        doc.get(Fields.TITLE),
        Optional.ofNullable(doc.get(Fields.SOURCE)),
        Optional.ofNullable(published).map(f -> LocalDate.ofEpochDay(f.numericValue().longValue())),
        Optional.ofNullable(doc.get(Fields.URL)),
        doc.get(Fields.KEY));
  }
}
