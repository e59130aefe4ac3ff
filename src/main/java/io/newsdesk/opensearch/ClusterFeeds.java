package io.newsdesk.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.feeds.FeedArticle;
import io.newsdesk.feeds.FeedPoll;
import io.newsdesk.feeds.FeedState;
import io.newsdesk.index.ArticleEmbedder;
import io.newsdesk.index.ArticleSource;
import io.newsdesk.index.FeedIndexer;
import io.newsdesk.index.Fields;
import io.newsdesk.index.IndexReport;
import io.newsdesk.index.QuoteFinder;
import io.newsdesk.ingest.IngestProblem;
import io.newsdesk.ingest.OneLine;
import io.newsdesk.quotes.Quotation;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feeds' articles on a cluster, as {@code index.FeedIndexer} keeps them in the embedded index:
 * each poll's articles written into the indices behind the aliases (a new version of an item
 * replacing the old one, same GUID or same address), then the feed's state, in {@code
 * prefix-feeds}. A poll written twice (a holder that died before its state was stored) writes the
 * same document ids again: nothing is duplicated. Only the holder of the ingest lease writes.
 */
public final class ClusterFeeds {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterFeeds.class);

  /** Feeds whose states are read at once, at most: far above what anyone follows. */
  static final int MAX_FEEDS = 10_000;

  private static final String URL = "url";
  private static final String STATE = "state";

  private final OpenSearchClient client;
  private final Aliases aliases;
  private final String statesIndex;
  private final QuoteFinder quotes;
  private final ArticleEmbedder vectors;
  private volatile boolean statesReady;

  public ClusterFeeds(
      OpenSearchClient client,
      Aliases aliases,
      String prefix,
      QuoteFinder quotes,
      ArticleEmbedder vectors) {
    this.client = client;
    this.aliases = aliases;
    this.statesIndex = prefix + "-feeds";
    this.quotes = quotes;
    this.vectors = vectors;
  }

  /** Stores a feed's state alone: its next poll put off after its articles could not be. */
  public void postpone(String feedUrl, FeedState state) throws IOException {
    putState(feedUrl, state);
  }

  /**
   * Writes a poll's articles and then the feed's state; searchable when this returns. An article
   * that cannot be made into documents is skipped in one line; when the cluster refuses documents,
   * the state is not stored (the next poll fetches the items again) and an IOException says so.
   */
  public IndexReport store(String feedUrl, FeedPoll poll) throws IOException, InterruptedException {
    if (!aliases.filledInThisFormat()) {
      throw new IOException(
          "the cluster holds no indices of this version of Newsdesk under this prefix: run"
              + " `newsdesk index`");
    }
    String from = ArticleSource.FEED_PREFIX + feedUrl;
    List<IngestProblem> problems = new ArrayList<>();
    Set<String> written = new LinkedHashSet<>();
    Set<String> guids = new LinkedHashSet<>();
    Set<String> urls = new LinkedHashSet<>();
    Set<String> keys = new LinkedHashSet<>();
    int indexed = 0;
    int skipped = 0;
    String run = "feed-" + poll.state().lastPollMillis();
    try (BulkWriter writer = BulkWriter.toAliases(client, aliases, BulkWriter.Options.defaults())) {
      for (FeedArticle item : FeedIndexer.distinct(poll.articles())) {
        ArticleSource source = ArticleSource.feedItem(feedUrl, item.guid());
        List<ClusterDocument> docs;
        try {
          docs =
              ClusterDocuments.of(
                  item.article(), source, quotations(feedUrl, item, problems), vector(item), run);
        } catch (RuntimeException e) {
          IngestProblem skip =
              IngestProblem.ofFeed(
                  feedUrl,
                  IngestProblem.Kind.NOT_INDEXED,
                  "item " + item.guid() + ": " + OneLine.of(String.valueOf(e), 200));
          LOG.warn("skipped {}", skip.describe());
          problems.add(skip);
          skipped++;
          continue;
        }
        writer.addAll(docs);
        docs.forEach(d -> written.add(d.id()));
        guids.add(item.guid());
        item.article().url().ifPresent(urls::add);
        keys.add(source.key(item.article().id()));
        indexed++;
      }
      BulkReport bulk = writer.flush();
      if (bulk.failed() > 0) {
        throw new IOException(
            "the cluster refused "
                + bulk.failed()
                + " documents of feed "
                + feedUrl
                + "; its items are fetched again at its next poll");
      }
    }
    if (!written.isEmpty()) {
      removeOtherVersions(from, guids, urls, keys, written);
      aliases.refreshInUse();
    }
    Optional<IngestProblem> failed = FeedIndexer.pollProblem(feedUrl, poll);
    failed.ifPresent(problems::add);
    putState(feedUrl, poll.state());
    return new IndexReport(indexed, 0, skipped, failed.isPresent() ? 1 : 0, 0, problems, false);
  }

  private List<Quotation> quotations(
      String feedUrl, FeedArticle item, List<IngestProblem> problems) {
    try {
      return quotes.find(item.article());
    } catch (RuntimeException | StackOverflowError e) {
      IngestProblem note = FeedIndexer.quotationsUnread(feedUrl, item);
      LOG.warn("{}", note.describe());
      problems.add(note);
      return List.of();
    }
  }

  private Optional<float[]> vector(FeedArticle item) {
    try {
      return vectors.embed(item.article());
    } catch (RuntimeException e) {
      return Optional.empty(); // found by its words only
    }
  }

  /**
   * Deletes, in the feed's articles, the documents of the items just written (same GUID, address or
   * key) that were not written now: older versions, and passages or quotations a shorter new
   * version no longer has.
   */
  private void removeOtherVersions(
      String from, Set<String> guids, Set<String> urls, Set<String> keys, Set<String> written)
      throws IOException {
    ObjectNode query = ClusterJson.object();
    ObjectNode bool = query.putObject("bool");
    bool.putArray("filter").addObject().putObject("term").put(Fields.FILE, from);
    ArrayNode same = bool.putArray("should");
    terms(same, Fields.GUID, guids);
    terms(same, Fields.URL_KEY, urls);
    terms(same, Fields.KEY, keys);
    bool.put("minimum_should_match", 1);
    ArrayNode ids = bool.putArray("must_not").addObject().putObject("ids").putArray("values");
    written.forEach(ids::add);
    aliases.deleteInUse(query);
  }

  private static void terms(ArrayNode should, String field, Set<String> values) {
    if (!values.isEmpty()) {
      ArrayNode list = should.addObject().putObject("terms").putArray(field);
      values.forEach(list::add);
    }
  }

  /**
   * Removes a feed's articles and its state (a feed no longer followed); how many articles left.
   */
  public long remove(String feedUrl) throws IOException {
    long articles = articleCount(feedUrl);
    if (aliases.filled()) {
      aliases.deleteInUse(ofFeed(feedUrl));
      aliases.refreshInUse();
    }
    ensureStates();
    try {
      client.delete(
          d ->
              d.index(statesIndex)
                  .id(stateId(feedUrl))
                  .refresh(org.opensearch.client.opensearch._types.Refresh.True));
    } catch (org.opensearch.client.opensearch._types.OpenSearchException
        | org.opensearch.client.transport.httpclient5.ResponseException e) {
      if (ClusterErrors.status(e) != 404) {
        throw e;
      }
    }
    return articles;
  }

  /** Every feed's stored state, by address. */
  public Map<String, FeedState> states() throws IOException {
    ensureStates();
    ObjectNode body = ClusterJson.object();
    body.put("size", MAX_FEEDS);
    body.putObject("query").putObject("match_all");
    Map<String, FeedState> states = new HashMap<>();
    for (JsonNode hit :
        ClusterJson.post(client, "/" + statesIndex + "/_search", body).path("hits").path("hits")) {
      String url = hit.path("_source").path(URL).asText();
      states.put(url, FeedState.fromJson(url, hit.path("_source").path(STATE).asText("")));
    }
    return states;
  }

  /** How many articles of a feed the cluster holds. */
  public long articleCount(String feedUrl) throws IOException {
    if (!aliases.filled()) {
      return 0;
    }
    ObjectNode body = ClusterJson.object();
    body.set("query", ofFeed(feedUrl));
    return ClusterJson.post(client, "/" + aliases.alias(IndexKind.ARTICLES) + "/_count", body)
        .path("count")
        .asLong();
  }

  /** The documents of a feed's articles. */
  private static ObjectNode ofFeed(String feedUrl) {
    ObjectNode term = ClusterJson.object();
    term.putObject("term").put(Fields.FILE, ArticleSource.FEED_PREFIX + feedUrl);
    return term;
  }

  private void putState(String feedUrl, FeedState state) throws IOException {
    ensureStates();
    ObjectNode doc = ClusterJson.object();
    doc.put(URL, feedUrl);
    doc.put(STATE, state.toJson());
    ClusterJson.send(
        client,
        "PUT",
        "/" + statesIndex + "/_doc/" + encode(stateId(feedUrl)) + "?refresh=true",
        doc);
  }

  private static String stateId(String feedUrl) {
    return ClusterDocuments.articleId(ArticleSource.FEED_PREFIX + feedUrl);
  }

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Creates the states index if it is not there (only the address is searchable). */
  private void ensureStates() throws IOException {
    if (statesReady) {
      return;
    }
    ClusterJson.ensureRecordsIndex(client, statesIndex, URL);
    statesReady = true;
  }
}
