package io.newsdesk.index;

import io.newsdesk.ingest.Article;
import io.newsdesk.quotes.Quotation;
import io.newsdesk.quotes.QuoteExtractor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;

/** The one place where articles, passages and files become Lucene documents, and back. */
public final class Documents {
  /** Stateless after loading its word lists, so one serves every indexing thread. */
  private static final QuoteExtractor QUOTES = new QuoteExtractor();

  private Documents() {}

  /**
   * The article document followed by one document per passage. Only passages have searchable text
   * and title, so a text query needs no filter on the document kind.
   */
  public static List<Document> of(Article article, Path file) {
    List<Document> docs = new ArrayList<>();
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, Fields.KIND_ARTICLE, Field.Store.NO));
    addShared(doc, article, file);
    doc.add(new StoredField(Fields.TITLE, article.title()));
    doc.add(new StoredField(Fields.BODY, article.text()));
    for (String author : article.authors()) {
      doc.add(new StoredField(Fields.AUTHORS, author));
    }
    docs.add(doc);
    for (Quotation quote : QUOTES.extract(article)) {
      docs.add(quote(article, file, quote));
    }
    for (Passage passage : PassageSplitter.split(article)) {
      Document p = new Document();
      p.add(new StringField(Fields.KIND, Fields.KIND_PASSAGE, Field.Store.NO));
      addShared(p, article, file);
      p.add(new StoredField(Fields.TITLE, article.title()));
      p.add(new TextField(Fields.TITLE_TEXT, article.title(), Field.Store.NO));
      p.add(new TextField(Fields.TEXT, passage.text(), Field.Store.YES));
      p.add(new StoredField(Fields.START, passage.start()));
      p.add(new StoredField(Fields.END, passage.end()));
      docs.add(p);
    }
    return docs;
  }

  private static Document quote(Article article, Path file, Quotation quote) {
    Document q = new Document();
    q.add(new StringField(Fields.KIND, Fields.KIND_QUOTE, Field.Store.NO));
    addShared(q, article, file);
    q.add(new StoredField(Fields.TITLE, article.title()));
    q.add(new StoredField(Fields.QUOTE, quote.text()));
    q.add(new TextField(Fields.QUOTE_STEMS, quote.text(), Field.Store.NO));
    q.add(new TextField(Fields.QUOTE_WORDS, quote.text(), Field.Store.NO));
    quote
        .speaker()
        .ifPresent(
            speaker -> {
              q.add(new StringField(Fields.SPEAKER, speaker, Field.Store.YES));
              q.add(new TextField(Fields.SPEAKER_WORDS, speaker, Field.Store.NO));
            });
    quote.role().ifPresent(role -> q.add(new StoredField(Fields.ROLE, role)));
    q.add(new StoredField(Fields.START, quote.start()));
    q.add(new StoredField(Fields.END, quote.end()));
    return q;
  }

  public static Document fileRecord(Path file, String hash, int articles) {
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, Fields.KIND_FILE, Field.Store.NO));
    doc.add(new StringField(Fields.FILE, file.toString(), Field.Store.YES));
    doc.add(new StoredField(Fields.FILE_HASH, hash));
    doc.add(new StoredField(Fields.ARTICLES_IN_FILE, articles));
    return doc;
  }

  private static void addShared(Document doc, Article article, Path file) {
    doc.add(new StringField(Fields.FILE, file.toString(), Field.Store.YES));
    doc.add(new StringField(Fields.ARTICLE_ID, article.id(), Field.Store.YES));
    article.url().ifPresent(url -> doc.add(new StoredField(Fields.URL, url)));
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

  /** The citation fields of a stored article or passage document. */
  public static Citation citation(Document doc) {
    IndexableField published = doc.getField(Fields.PUBLISHED);
    return new Citation(
        doc.get(Fields.ARTICLE_ID),
        doc.get(Fields.TITLE),
        Optional.ofNullable(doc.get(Fields.SOURCE)),
        Optional.ofNullable(published).map(f -> LocalDate.ofEpochDay(f.numericValue().longValue())),
        Optional.ofNullable(doc.get(Fields.URL)));
  }
}
