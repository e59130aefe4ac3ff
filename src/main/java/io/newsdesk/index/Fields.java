package io.newsdesk.index;

/** Every Lucene field name Newsdesk uses, in one place. */
public final class Fields {
  /**
   * Document kind: {@link #KIND_ARTICLE}, {@link #KIND_PASSAGE}, {@link #KIND_QUOTE}, or a record
   * of what was indexed from where: {@link #KIND_FILE}, {@link #KIND_FEED}.
   */
  public static final String KIND = "kind";

  public static final String KIND_FILE = "file";
  public static final String KIND_FEED = "feed";
  public static final String KIND_ARTICLE = "article";
  public static final String KIND_PASSAGE = "passage";
  public static final String KIND_QUOTE = "quote";

  /**
   * What a document came from, on every document of an article and on its file or feed record: the
   * absolute path of a file, or {@code feed:} and the feed's URL. Removing a source removes every
   * document with its value. Stored on the records only, the one place it is read.
   */
  public static final String FILE = "file";

  /**
   * What makes an article unique in the index, on all its documents: its source and its own id.
   * Indexing an article again replaces every document with its key, so nothing is ever doubled.
   */
  public static final String KEY = "key";

  /** SHA-256 of the file's bytes, on the file document: unchanged files are not re-indexed. */
  public static final String FILE_HASH = "file_hash";

  /** Size and modification time of the file when it was indexed: unchanged ones need no hash. */
  public static final String FILE_SIZE = "file_size";

  public static final String FILE_MODIFIED = "file_modified";

  /** The configured path the file was found under, and whether it came from the configuration. */
  public static final String FILE_ROOT = "file_root";

  public static final String FILE_ORIGIN = "file_origin";

  /**
   * On the record of a file whose indexing was cut short (a crash, Ctrl-C): every line up to this
   * one is in the index; absent when the whole file is.
   */
  public static final String FILE_DONE_LINE = "file_done_line";

  public static final String ARTICLES_IN_FILE = "articles_in_file";

  /** A feed's state (last poll, validators, errors), stored as JSON on its feed record. */
  public static final String FEED_STATE = "feed_state";

  /** The id or GUID a feed gives an item, on all its documents. */
  public static final String GUID = "guid";

  /** The article's URL as an exact term, for finding an article again by its address. */
  public static final String URL_KEY = "url_key";

  public static final String ARTICLE_ID = "article_id";

  /** The article's title and lead embedded (384 numbers, unit length), on article documents. */
  public static final String VECTOR = "vector";

  /**
   * Every word of the article's title and text as written (lower-cased, not stemmed), on article
   * documents, without frequencies or positions: the words a misspelt question word is corrected
   * to.
   */
  public static final String WORDS = "words";

  public static final String URL = "url";
  public static final String TITLE = "title";

  /** The article title, analysed, on passages only: a title match counts for its passages. */
  public static final String TITLE_TEXT = "title_text";

  public static final String SOURCE = "source";

  /** Publication day as epoch days: a point for filtering, doc values for sorting. */
  public static final String PUBLISHED = "published";

  /** A passage's text, analysed with positions and stored. */
  public static final String TEXT = "text";

  /** Character offsets of a passage in its article's text. */
  public static final String START = "start";

  public static final String END = "end";

  /**
   * On a passage cut out of a paragraph too long to keep whole, mid-sentence: {@link #CUT_BEFORE}
   * and/or {@link #CUT_AFTER}, so that its excerpts can say the text goes on.
   */
  public static final String CUT = "cut";

  public static final int CUT_BEFORE = 1;
  public static final int CUT_AFTER = 2;

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

  /** A quotation's attribution sieve (stored): which rule named its speaker, or nobody. */
  public static final String SIEVE = "sieve";

  private Fields() {}
}
