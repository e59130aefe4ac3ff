package io.newsdesk.opensearch;

import io.newsdesk.index.ArticleSource;
import io.newsdesk.index.Fields;
import io.newsdesk.index.Passage;
import io.newsdesk.index.PassageSplitter;
import io.newsdesk.ingest.Article;
import io.newsdesk.quotes.Quotation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where an article becomes cluster documents: the same documents, with the same
 * fields, as the embedded index makes of it ({@code index.Documents}), each with an id that says
 * what it is ({@link #articleId}, {@code …#p3}, {@code …#q0}).
 */
public final class ClusterDocuments {
  /** The most a document id may have; a longer article key is replaced by its SHA-256. */
  static final int MAX_ID_BYTES = 400;

  /** Quotations and speaker names past these are not kept, as in the embedded index. */
  static final int QUOTE_MAX = 3000;

  static final int SPEAKER_MAX = 300;

  private ClusterDocuments() {}

  /**
   * @param run the run writing them (see {@link IndexDefinition#RUN})
   */
  public static List<ClusterDocument> of(
      Article article,
      ArticleSource source,
      List<Quotation> quotes,
      Optional<float[]> vector,
      String run) {
    String key = source.key(article.id());
    String id = articleId(key);
    List<ClusterDocument> docs = new ArrayList<>();
    Map<String, Object> fields = shared(article, source, key, run);
    fields.put(Fields.WORDS, article.title() + "\n" + article.text());
    vector.ifPresent(v -> fields.put(Fields.VECTOR, v));
    docs.add(new ClusterDocument(IndexKind.ARTICLES, id, fields));
    List<Passage> passages = PassageSplitter.split(article);
    for (int n = 0; n < passages.size(); n++) {
      Passage passage = passages.get(n);
      Map<String, Object> p = shared(article, source, key, run);
      p.put(Fields.TITLE_TEXT, article.title());
      p.put(Fields.TEXT, passage.text());
      p.put(Fields.START, passage.start());
      p.put(Fields.END, passage.end());
      int cut =
          (passage.cutBefore() ? Fields.CUT_BEFORE : 0)
              | (passage.cutAfter() ? Fields.CUT_AFTER : 0);
      if (cut != 0) {
        p.put(Fields.CUT, cut);
      }
      p.put(IndexDefinition.PASSAGE_NUMBER, n);
      docs.add(new ClusterDocument(IndexKind.PASSAGES, id + "#p" + n, p));
    }
    int n = 0;
    for (Quotation quote : quotes) {
      if (quote.text().length() <= QUOTE_MAX) {
        docs.add(
            new ClusterDocument(
                IndexKind.QUOTATIONS, id + "#q" + n, quote(article, source, key, run, quote, n)));
        n++;
      }
    }
    return docs;
  }

  private static Map<String, Object> quote(
      Article article, ArticleSource source, String key, String run, Quotation quote, int n) {
    Map<String, Object> q = shared(article, source, key, run);
    q.put(Fields.QUOTE, quote.text());
    q.put(Fields.QUOTE_STEMS, quote.text());
    q.put(Fields.QUOTE_WORDS, quote.text());
    quote
        .speaker()
        .filter(speaker -> speaker.length() <= SPEAKER_MAX)
        .ifPresent(
            speaker -> {
              q.put(Fields.SPEAKER, speaker);
              q.put(Fields.SPEAKER_WORDS, speaker);
            });
    quote
        .role()
        .filter(role -> role.length() <= SPEAKER_MAX)
        .ifPresent(role -> q.put(Fields.ROLE, role));
    q.put(Fields.START, quote.start());
    q.put(Fields.END, quote.end());
    if (!quote.sieve().isEmpty()) {
      q.put(Fields.SIEVE, quote.sieve());
    }
    q.put(IndexDefinition.QUOTE_NUMBER, n);
    return q;
  }

  private static Map<String, Object> shared(
      Article article, ArticleSource source, String key, String run) {
    Map<String, Object> doc = new HashMap<>();
    doc.put(IndexDefinition.RUN, run);
    doc.put(Fields.FILE, source.from());
    doc.put(Fields.KEY, key);
    doc.put(Fields.ARTICLE_ID, article.id());
    doc.put(Fields.TITLE, article.title());
    source.guid().ifPresent(guid -> doc.put(Fields.GUID, guid));
    article
        .url()
        .ifPresent(
            url -> {
              doc.put(Fields.URL, url);
              doc.put(Fields.URL_KEY, url);
            });
    article.source().ifPresent(s -> doc.put(Fields.SOURCE, s));
    article.published().ifPresent(day -> doc.put(Fields.PUBLISHED, day.toString()));
    return doc;
  }

  /**
   * The id of an article's document, and the start of its passages' and quotations' ids: its key,
   * or the key's SHA-256 when the key is too long for an id.
   */
  static String articleId(String key) {
    if (key.getBytes(StandardCharsets.UTF_8).length <= MAX_ID_BYTES) {
      return key;
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
