package io.newsdesk.index;

/** Every Lucene field name Newsdesk uses, in one place. */
public final class Fields {
  /** Document kind: {@link #KIND_FILE}, {@link #KIND_ARTICLE} or {@link #KIND_PASSAGE}. */
  public static final String KIND = "kind";

  public static final String KIND_FILE = "file";
  public static final String KIND_ARTICLE = "article";
  public static final String KIND_PASSAGE = "passage";
  public static final String KIND_QUOTE = "quote";

  /** Absolute path of the file a document came from (all kinds). */
  public static final String FILE = "file";

  /** SHA-256 of the file's bytes, on the file document: unchanged files are not re-indexed. */
  public static final String FILE_HASH = "file_hash";

  public static final String ARTICLES_IN_FILE = "articles_in_file";
  public static final String ARTICLE_ID = "article_id";
  public static final String URL = "url";
  public static final String TITLE = "title";

  /** The article title, analysed, on passages only: a title match counts for its passages. */
  public static final String TITLE_TEXT = "title_text";

  public static final String SOURCE = "source";
  public static final String AUTHORS = "authors";

  /** Publication day as epoch days: a point for filtering, doc values for sorting. */
  public static final String PUBLISHED = "published";

  /** The article's whole cleaned text, stored on the article document. */
  public static final String BODY = "body";

  /** A passage's text, analysed with positions and stored. */
  public static final String TEXT = "text";

  /** Character offsets of a passage in its article's text. */
  public static final String START = "start";

  public static final String END = "end";

  /** A quotation's words exactly as printed, stored (quote documents). */
  public static final String QUOTE = "quote";

  /** The quotation analysed like passages (stemmed, no stop words): finds other word forms. */
  public static final String QUOTE_STEMS = "quote_stems";

  /** The quotation as lower-cased words, every word kept: "there will not be" must match. */
  public static final String QUOTE_WORDS = "quote_words";

  /** The speaker's canonical name within the article, exact (quote documents). */
  public static final String SPEAKER = "speaker";

  /** The speaker's name as lower-cased words, so "hegseth" finds "Pete Hegseth". */
  public static final String SPEAKER_WORDS = "speaker_words";

  /** The speaker's role as the article gives it. */
  public static final String ROLE = "role";

  private Fields() {}
}
