package io.newsdesk.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.index.Fields;
import io.newsdesk.search.Citation;
import io.newsdesk.search.FoundQuote;
import io.newsdesk.search.PassageHit;
import io.newsdesk.search.QuoteQuery;
import io.newsdesk.search.QuoteRecord;
import io.newsdesk.search.Snapshot;
import io.newsdesk.search.StoredPassage;
import io.newsdesk.search.WordQuery;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * One question's searches on the cluster, as the embedded index makes them: the same terms with the
 * same boosts, BM25 with the statistics of all shards ({@code dfs_query_then_fetch}), word pairs as
 * a rescoring of the first round, k-NN on the article vectors, the term suggester for spelling.
 *
 * <p>A cluster has no view that stays still across requests without a point in time, which would
 * cost a request of its own: a refresh may come between two searches of one question. A passage
 * deleted meanwhile is left out; nothing else notices.
 */
final class ClusterSnapshot implements Snapshot {
  private final OpenSearchClient client;
  private final Map<IndexKind, String> aliases;
  private final String preference;

  /** Document ids as this view numbers them, in the order first seen. */
  private final List<String> ids = new ArrayList<>();

  private final Map<String, Integer> numbers = new HashMap<>();

  /**
   * @param preference sent with every search, so that one process's questions go to the same copies
   *     of each shard: a primary and its replica merge their segments apart, and BM25 statistics
   *     that differ between them would make a reply change from one asking to the next
   */
  ClusterSnapshot(OpenSearchClient client, Map<IndexKind, String> aliases, String preference) {
    this.client = client;
    this.aliases = aliases;
    this.preference = preference;
  }

  private int number(String id) {
    return numbers.computeIfAbsent(
        id,
        i -> {
          ids.add(i);
          return ids.size() - 1;
        });
  }

  /** A search whose scores must be the embedded index's: BM25 with every shard's statistics. */
  private JsonNode scored(IndexKind kind, ObjectNode body) throws IOException {
    return ClusterJson.post(
        client,
        "/"
            + aliases.get(kind)
            + "/_search?search_type=dfs_query_then_fetch&preference="
            + preference,
        body);
  }

  /** A search that counts, sorts or finds by vector: no BM25 statistics needed. */
  private JsonNode search(IndexKind kind, ObjectNode body) throws IOException {
    return ClusterJson.post(
        client, "/" + aliases.get(kind) + "/_search?preference=" + preference, body);
  }

  private long count(IndexKind kind, ObjectNode query) throws IOException {
    ObjectNode body = ClusterJson.object();
    body.set("query", query);
    return ClusterJson.post(client, "/" + aliases.get(kind) + "/_count", body)
        .path("count")
        .asLong();
  }

  private static ObjectNode exists(String field) {
    ObjectNode query = ClusterJson.object();
    query.putObject("exists").put("field", field);
    return query;
  }

  private static ObjectNode term(String field, String value, float boost) {
    ObjectNode query = ClusterJson.object();
    ObjectNode term = query.putObject("term").putObject(field).put("value", value);
    if (boost != 1f) {
      term.put("boost", boost);
    }
    return query;
  }

  /** On or before the day: the cluster keeps days, as the embedded index does. */
  private static ObjectNode publishedBy(LocalDate day) {
    ObjectNode query = ClusterJson.object();
    query.putObject("range").putObject(Fields.PUBLISHED).put("lte", day.toString());
    return query;
  }

  @Override
  public long articleCount() throws IOException {
    ObjectNode all = ClusterJson.object();
    all.putObject("match_all");
    return count(IndexKind.ARTICLES, all);
  }

  @Override
  public List<Citation> newestArticles(int n) throws IOException {
    ObjectNode body = ClusterJson.object().put("size", Math.max(1, n));
    body.put("track_total_hits", false);
    body.putArray("_source")
        .add(Fields.ARTICLE_ID)
        .add(Fields.TITLE)
        .add(Fields.SOURCE)
        .add(Fields.PUBLISHED)
        .add(Fields.URL)
        .add(Fields.KEY);
    newestFirst(body, "_doc");
    List<Citation> out = new ArrayList<>();
    for (JsonNode hit : search(IndexKind.ARTICLES, body).path("hits").path("hits")) {
      out.add(citation(hit.path("_source")));
    }
    return out;
  }

  @Override
  public long passageCount() throws IOException {
    return count(IndexKind.PASSAGES, exists(Fields.TEXT));
  }

  @Override
  public Map<String, Long> passagesWith(Collection<String> terms) throws IOException {
    return documentsWith(IndexKind.PASSAGES, Fields.TEXT, terms);
  }

  /** How many documents hold each term: one request, a filter per term. */
  private Map<String, Long> documentsWith(IndexKind kind, String field, Collection<String> terms)
      throws IOException {
    List<String> list = List.copyOf(terms);
    Map<String, Long> out = HashMap.newHashMap(list.size());
    if (list.isEmpty()) {
      return out;
    }
    ObjectNode body = ClusterJson.object().put("size", 0);
    ObjectNode filters =
        body.putObject("aggs").putObject("with").putObject("filters").putObject("filters");
    for (int i = 0; i < list.size(); i++) {
      filters.set("t" + i, term(field, list.get(i), 1f));
    }
    JsonNode buckets = search(kind, body).path("aggregations").path("with").path("buckets");
    for (int i = 0; i < list.size(); i++) {
      out.put(list.get(i), buckets.path("t" + i).path("doc_count").asLong());
    }
    return out;
  }

  @Override
  public List<PassageHit> findPassages(WordQuery query, int n) throws IOException {
    ObjectNode body = ClusterJson.object().put("size", n).put("track_total_hits", false);
    body.putArray("_source").add(Fields.KEY).add(Fields.PUBLISHED);
    ObjectNode bool = body.putObject("query").putObject("bool");
    ArrayNode should = bool.putArray("must").addObject().putObject("bool").putArray("should");
    for (WordQuery.Clause clause : query.clauses()) {
      String field = clause.where() == WordQuery.Where.TEXT ? Fields.TEXT : Fields.TITLE_TEXT;
      should.add(term(field, clause.term(), clause.boost()));
    }
    ArrayNode filter = bool.putArray("filter");
    query.asOf().ifPresent(day -> filter.add(publishedBy(day)));
    if (!query.articles().isEmpty()) {
      ArrayNode keys = filter.addObject().putObject("terms").putArray(Fields.KEY);
      query.articles().stream().sorted().forEach(keys::add);
    }
    if (!query.pairs().isEmpty()) {
      ObjectNode rescore = body.putObject("rescore").put("window_size", n).putObject("query");
      rescore.put("query_weight", 1).put("rescore_query_weight", query.pairWeight());
      rescore.put("score_mode", "total");
      ArrayNode pairs = rescore.putObject("rescore_query").putObject("bool").putArray("should");
      for (WordQuery.Pair pair : query.pairs()) {
        pairs
            .addObject()
            .putObject("match_phrase")
            .putObject(Fields.TEXT)
            .put("query", phrase(pair))
            .put("analyzer", ClusterAnalysis.POSITIONS)
            .put("slop", pair.slop());
      }
    }
    List<PassageHit> out = new ArrayList<>(n);
    for (JsonNode hit : scored(IndexKind.PASSAGES, body).path("hits").path("hits")) {
      JsonNode source = hit.path("_source");
      String published = source.path(Fields.PUBLISHED).asText("");
      out.add(
          new PassageHit(
              number(hit.path("_id").asText()),
              (float) hit.path("_score").asDouble(),
              published.isEmpty()
                  ? OptionalLong.empty()
                  : OptionalLong.of(LocalDate.parse(published).toEpochDay()),
              source.path(Fields.KEY).asText("")));
    }
    return out;
  }

  /** The pair's two stems at their distance: "summit _ _ america" for 3. */
  private static String phrase(WordQuery.Pair pair) {
    StringBuilder text = new StringBuilder(pair.first());
    for (int i = 1; i < pair.distance(); i++) {
      text.append(' ').append(ClusterAnalysis.GAP);
    }
    return text.append(' ').append(pair.second()).toString();
  }

  @Override
  public List<String> nearestArticles(float[] vector, Optional<LocalDate> asOf, int n)
      throws IOException {
    ObjectNode body = ClusterJson.object().put("size", n);
    body.putArray("_source").add(Fields.KEY);
    ObjectNode knn = body.putObject("query").putObject("knn").putObject(Fields.VECTOR);
    ArrayNode values = knn.putArray("vector");
    for (float v : vector) {
      values.add(v);
    }
    knn.put("k", n);
    asOf.ifPresent(day -> knn.set("filter", publishedBy(day)));
    Map<String, Boolean> keys = new LinkedHashMap<>();
    for (JsonNode hit : search(IndexKind.ARTICLES, body).path("hits").path("hits")) {
      keys.putIfAbsent(hit.path("_source").path(Fields.KEY).asText(""), Boolean.TRUE);
    }
    return List.copyOf(keys.keySet());
  }

  @Override
  public Map<Integer, StoredPassage> passages(List<PassageHit> hits) throws IOException {
    Map<Integer, StoredPassage> out = HashMap.newHashMap(hits.size());
    if (hits.isEmpty()) {
      return out;
    }
    ObjectNode body = ClusterJson.object();
    ArrayNode docs = body.putArray("docs");
    for (PassageHit hit : hits) {
      docs.addObject().put("_id", ids.get(hit.doc()));
    }
    JsonNode found =
        ClusterJson.post(client, "/" + aliases.get(IndexKind.PASSAGES) + "/_mget", body);
    for (JsonNode doc : found.path("docs")) {
      if (!doc.path("found").asBoolean(false)) {
        continue;
      }
      JsonNode source = doc.path("_source");
      int cut = source.path(Fields.CUT).asInt(0);
      out.put(
          numbers.get(doc.path("_id").asText()),
          new StoredPassage(
              citation(source),
              source.path(Fields.TEXT).asText(),
              source.path(Fields.START).asInt(),
              (cut & Fields.CUT_BEFORE) != 0,
              (cut & Fields.CUT_AFTER) != 0));
    }
    return out;
  }

  private static Citation citation(JsonNode source) {
    return new Citation(
        source.path(Fields.ARTICLE_ID).asText(),
        source.path(Fields.TITLE).asText(),
        text(source, Fields.SOURCE),
        text(source, Fields.PUBLISHED).map(LocalDate::parse),
        text(source, Fields.URL),
        source.path(Fields.KEY).asText());
  }

  private static Optional<String> text(JsonNode source, String field) {
    JsonNode value = source.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  @Override
  public long articlesWithWord(String word) throws IOException {
    return count(IndexKind.ARTICLES, term(Fields.WORDS, word, 1f));
  }

  @Override
  public Optional<WordUse> moreCommonSpelling(String word) throws IOException {
    ObjectNode body = ClusterJson.object().put("size", 0);
    ObjectNode spell = body.putObject("suggest").putObject("spell").put("text", word);
    spell
        .putObject("term")
        .put("field", Fields.WORDS)
        .put("suggest_mode", "popular")
        .put("size", 1)
        .put("max_edits", 2)
        .put("prefix_length", 1)
        .put("min_word_length", 1)
        .put("string_distance", "internal")
        .put("sort", "score");
    JsonNode options =
        search(IndexKind.ARTICLES, body).path("suggest").path("spell").path(0).path("options");
    if (options.isEmpty()) {
      return Optional.empty();
    }
    JsonNode best = options.get(0);
    return Optional.of(new WordUse(best.path("text").asText(), best.path("freq").asLong()));
  }

  @Override
  public long quotationCount() throws IOException {
    return count(IndexKind.QUOTATIONS, exists(Fields.QUOTE_STEMS));
  }

  @Override
  public Map<String, Long> quotationsWith(Collection<String> stems) throws IOException {
    return documentsWith(IndexKind.QUOTATIONS, Fields.QUOTE_STEMS, stems);
  }

  @Override
  public List<FoundQuote> findQuotes(QuoteQuery query, int n) throws IOException {
    ObjectNode body = ClusterJson.object().put("size", n).put("track_total_hits", false);
    ObjectNode bool = body.putObject("query").putObject("bool");
    boolean should = false;
    boolean must = false;
    for (QuoteQuery.Clause clause : query.clauses()) {
      String occur = clause.occur().name().toLowerCase(java.util.Locale.ROOT);
      ArrayNode list = bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
      list.add(anyOf(clause.anyOf()));
      should |= clause.occur() == QuoteQuery.Occur.SHOULD;
      must |= clause.occur() == QuoteQuery.Occur.MUST;
    }
    int minimum = Math.max(query.minimumShouldMatch(), should && !must ? 1 : 0);
    if (should) {
      bool.put("minimum_should_match", minimum);
    }
    if (query.newestFirst()) {
      newestFirst(body, "_score");
    }
    List<FoundQuote> out = new ArrayList<>(n);
    for (JsonNode hit : scored(IndexKind.QUOTATIONS, body).path("hits").path("hits")) {
      JsonNode source = hit.path("_source");
      out.add(
          new FoundQuote(
              new QuoteRecord(
                  source.path(Fields.QUOTE).asText(),
                  text(source, Fields.SPEAKER),
                  text(source, Fields.ROLE),
                  citation(source),
                  source.path(Fields.START).asInt(),
                  source.path(Fields.END).asInt(),
                  source.path(Fields.SIEVE).asText("")),
              (float) hit.path("_score").asDouble(0)));
    }
    return out;
  }

  /** Sorts by publication day, newest first and undated last; equal days by {@code then}. */
  private static void newestFirst(ObjectNode body, String then) {
    ArrayNode sort = body.putArray("sort");
    sort.addObject().putObject(Fields.PUBLISHED).put("order", "desc").put("missing", "_last");
    sort.add(then);
  }

  private static ObjectNode anyOf(List<QuoteQuery.Term> terms) {
    if (terms.size() == 1) {
      return quoteTerm(terms.get(0));
    }
    ObjectNode query = ClusterJson.object();
    ArrayNode should = query.putObject("bool").putArray("should");
    terms.forEach(t -> should.add(quoteTerm(t)));
    return query;
  }

  private static ObjectNode quoteTerm(QuoteQuery.Term term) {
    if (!term.prefix()) {
      return term(term.field(), term.text(), 1f);
    }
    ObjectNode query = ClusterJson.object();
    query.putObject("prefix").putObject(term.field()).put("value", term.text());
    return query;
  }

  @Override
  public List<SpeakerCount> speakers(String needle, int n) throws IOException {
    if (n < 1) {
      return List.of();
    }
    ObjectNode body = ClusterJson.object().put("size", 0);
    if (!needle.isEmpty()) {
      body.putObject("query")
          .putObject("wildcard")
          .putObject(Fields.SPEAKER)
          .put("value", "*" + needle.replaceAll("([*?\\\\])", "\\\\$1") + "*")
          .put("case_insensitive", true);
    }
    ObjectNode terms =
        body.putObject("aggs").putObject("names").putObject("terms").put("field", Fields.SPEAKER);
    terms.put("size", n);
    ArrayNode order = terms.putArray("order");
    order.addObject().put("_count", "desc");
    order.addObject().put("_key", "asc");
    List<SpeakerCount> out = new ArrayList<>();
    JsonNode buckets =
        search(IndexKind.QUOTATIONS, body).path("aggregations").path("names").path("buckets");
    for (JsonNode bucket : buckets) {
      out.add(new SpeakerCount(bucket.path("key").asText(), bucket.path("doc_count").asLong()));
    }
    return out;
  }
}
