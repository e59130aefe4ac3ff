package io.newsdesk.opensearch;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.index.Fields;

/**
 * The settings and mappings of the cluster's indices: the same fields as the embedded index ({@link
 * Fields}), analysed the same way ({@link ClusterAnalysis}), scored with the same BM25, and article
 * vectors searchable by k-NN.
 *
 * <p>Raise {@link #FORMAT} whenever what is written here changes: a new format is filled into new
 * indices behind the same aliases (see {@link Aliases}).
 */
public final class IndexDefinition {
  /** The format of the indices; part of every index name. */
  public static final int FORMAT = 3;

  /** The embedded index's BM25 (see {@code index.NewsIndex}): k1 0.6, b 0.3. */
  static final double BM25_K1 = 0.6;

  static final double BM25_B = 0.3;
  static final String SIMILARITY = "nd_bm25";

  /** What the embedding model gives: all-MiniLM-L6-v2, 384 numbers of unit length. */
  static final int VECTOR_DIMENSION = 384;

  private final int shards;
  private final int replicas;

  /**
   * @param shards primary shards per index
   * @param replicas copies of each shard on other nodes: 1 or more so that losing a node loses
   *     nothing
   */
  public IndexDefinition(int shards, int replicas) {
    if (shards < 1 || replicas < 0) {
      throw new IllegalArgumentException("shards must be 1 or more and replicas 0 or more");
    }
    this.shards = shards;
    this.replicas = replicas;
  }

  /** The body of the request that creates an index of this kind: settings and mappings. */
  public ObjectNode body(IndexKind kind) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("settings", settings(kind));
    body.set("mappings", mappings(kind));
    return body;
  }

  ObjectNode settings(IndexKind kind) {
    ObjectNode settings = JsonNodeFactory.instance.objectNode();
    settings.put("index.number_of_shards", shards);
    settings.put("index.number_of_replicas", replicas);
    // Flat keys: the typed client's IndexSettings drops a custom similarity.
    settings.put("index.similarity." + SIMILARITY + ".type", "BM25");
    settings.put("index.similarity." + SIMILARITY + ".k1", BM25_K1);
    settings.put("index.similarity." + SIMILARITY + ".b", BM25_B);
    if (kind == IndexKind.ARTICLES) {
      settings.put("index.knn", true);
    }
    settings.set("index.analysis", ClusterAnalysis.settings());
    return settings;
  }

  ObjectNode mappings(IndexKind kind) {
    ObjectNode mappings = JsonNodeFactory.instance.objectNode();
    // A field nobody declared is an error, not a guess: every field is below.
    mappings.put("dynamic", "strict");
    ObjectNode properties = mappings.putObject("properties");
    shared(properties);
    switch (kind) {
      case ARTICLES -> {
        properties
            .putObject(Fields.WORDS)
            .put("type", "text")
            .put("analyzer", ClusterAnalysis.WORDS)
            .put("index_options", "docs")
            .put("norms", false);
        ObjectNode vector = properties.putObject(Fields.VECTOR);
        vector.put("type", "knn_vector").put("dimension", VECTOR_DIMENSION);
        // The Lucene engine: the same HNSW graph as the embedded index. For unit vectors cosine
        // equals the dot product the embedded index uses, and both score (1 + cos) / 2. Never
        // faiss: its native library is not there in-process, and indexing then hangs.
        vector
            .putObject("method")
            .put("name", "hnsw")
            .put("engine", "lucene")
            .put("space_type", "cosinesimil");
      }
      case PASSAGES -> {
        text(properties, Fields.TITLE_TEXT, ClusterAnalysis.ENGLISH_SYNONYMS);
        text(properties, Fields.TEXT, ClusterAnalysis.ENGLISH_SYNONYMS);
        storedNumber(properties, Fields.START);
        storedNumber(properties, Fields.END);
        storedNumber(properties, Fields.CUT);
        properties.putObject(PASSAGE_NUMBER).put("type", "integer");
      }
      case QUOTATIONS -> {
        stored(properties, Fields.QUOTE);
        text(properties, Fields.QUOTE_STEMS, ClusterAnalysis.QUOTE_SYNONYMS);
        words(properties, Fields.QUOTE_WORDS);
        keyword(properties, Fields.SPEAKER);
        words(properties, Fields.SPEAKER_WORDS);
        stored(properties, Fields.ROLE);
        storedNumber(properties, Fields.START);
        storedNumber(properties, Fields.END);
        stored(properties, Fields.SIEVE);
        properties.putObject(QUOTE_NUMBER).put("type", "integer");
      }
    }
    return mappings;
  }

  /** A passage's place in its article, from 0: part of its id. */
  static final String PASSAGE_NUMBER = "passage_number";

  /** A quotation's place among its article's quotations, from 0: part of its id. */
  static final String QUOTE_NUMBER = "quote_number";

  /**
   * The run of {@code newsdesk index} (or the feed poll) that wrote a document: once a file is
   * written again, its documents of other runs are what the file no longer holds.
   */
  static final String RUN = "nd_run";

  /** The fields every document of an article has (see {@code Documents.addShared}). */
  private static void shared(ObjectNode properties) {
    keyword(properties, RUN);
    keyword(properties, Fields.FILE);
    keyword(properties, Fields.KEY);
    keyword(properties, Fields.ARTICLE_ID);
    stored(properties, Fields.TITLE);
    keyword(properties, Fields.GUID);
    stored(properties, Fields.URL);
    keyword(properties, Fields.URL_KEY);
    keyword(properties, Fields.SOURCE);
    // A day, as the embedded index keeps it: "as of" filters are range queries on it.
    properties.putObject(Fields.PUBLISHED).put("type", "date").put("format", "strict_date");
  }

  private static void keyword(ObjectNode properties, String field) {
    properties.putObject(field).put("type", "keyword");
  }

  /** Text kept in the document's source for showing, not searchable. */
  private static void stored(ObjectNode properties, String field) {
    properties.putObject(field).put("type", "keyword").put("index", false).put("doc_values", false);
  }

  private static void storedNumber(ObjectNode properties, String field) {
    properties.putObject(field).put("type", "integer").put("index", false).put("doc_values", false);
  }

  private static void text(ObjectNode properties, String field, String searchAnalyzer) {
    properties
        .putObject(field)
        .put("type", "text")
        .put("analyzer", ClusterAnalysis.ENGLISH)
        .put("search_analyzer", searchAnalyzer)
        .put("similarity", SIMILARITY);
  }

  private static void words(ObjectNode properties, String field) {
    properties
        .putObject(field)
        .put("type", "text")
        .put("analyzer", ClusterAnalysis.WORDS)
        .put("similarity", SIMILARITY);
  }
}
