package io.newsdesk.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.index.ArticleEmbedder;
import io.newsdesk.index.ArticleSource;
import io.newsdesk.index.Fields;
import io.newsdesk.index.QuoteFinder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * Fills new cluster indices from the configured article files and puts them behind the aliases in
 * one step: questions are answered from the old indices until the new ones are complete, and a
 * rebuild that fails leaves the old ones in place. The feeds' articles are copied over from the old
 * indices (a feed lists only its latest items: they could not all be fetched again). Articles are
 * parsed, their quotations found and their vectors made on every core, as for the embedded index; a
 * bad file or line is reported in one line and skipped.
 */
public final class ClusterRebuild {

  private final OpenSearchClient client;
  private final Aliases aliases;
  private final IndexDefinition definition;
  private final QuoteFinder quotes;
  private final ArticleEmbedder vectors;
  private final BulkWriter.Options options;

  public ClusterRebuild(
      OpenSearchClient client,
      Aliases aliases,
      IndexDefinition definition,
      QuoteFinder quotes,
      ArticleEmbedder vectors,
      BulkWriter.Options options) {
    this.client = client;
    this.aliases = aliases;
    this.definition = definition;
    this.quotes = quotes;
    this.vectors = vectors;
    this.options = options;
  }

  /** The aliases it switches. */
  Aliases aliases() {
    return aliases;
  }

  /**
   * Rebuilds from the files and folders given. The indices behind the aliases are switched only
   * when every document was written; otherwise the new ones are deleted and an IOException says how
   * many documents the cluster refused.
   */
  public FilesReport rebuild(List<Path> roots) throws IOException, InterruptedException {
    return rebuild(roots, () -> {});
  }

  /**
   * The same, holding the ingest lease: {@code held} is confirmed before the aliases switch, so a
   * run that lost the lease to another process switches nothing.
   */
  public FilesReport rebuild(List<Path> roots, ClusterIngest.Held held)
      throws IOException, InterruptedException {
    long started = System.nanoTime();
    Map<IndexKind, String> fresh = new EnumMap<>(IndexKind.class);
    for (IndexKind kind : IndexKind.values()) {
      fresh.put(kind, aliases.create(kind, definition));
      // Nobody searches the new indices yet: no refresh (segments made every second) until full.
      refreshInterval(fresh.get(kind), "-1");
    }
    ClusterFiles files = new ClusterFiles(quotes, vectors);
    String run = ClusterUpdate.newRun();
    Map<Path, ClusterFiles.Written> written;
    BulkReport bulk;
    try (BulkWriter writer = BulkWriter.toIndices(client, fresh, options)) {
      written = files.write(files.stat(files.list(roots).files()), writer, run);
      bulk = writer.flush();
    } catch (IOException | InterruptedException | RuntimeException e) {
      deleteAll(fresh);
      throw e;
    }
    if (bulk.failed() > 0) {
      deleteAll(fresh);
      throw new IOException(
          "the cluster refused "
              + bulk.failed()
              + " documents; the indices in use are unchanged (see the lines above)");
    }
    long feedArticles;
    try {
      held.confirm(); // no other process writes feeds into the old indices from here on
      feedArticles = carryOverFeeds(fresh);
      held.confirm();
    } catch (IOException | RuntimeException e) {
      deleteAll(fresh);
      throw e;
    }
    for (IndexKind kind : IndexKind.values()) {
      refreshInterval(fresh.get(kind), "1s");
      client.indices().refresh(r -> r.index(fresh.get(kind)));
      aliases.switchTo(kind, fresh.get(kind));
      aliases.deleteUnused(kind);
    }
    // After the switch: records that outlive a failed rebuild only make the next run write more.
    FileRecords records = new FileRecords(client, aliases.prefix());
    records.clear();
    records.put(written.values().stream().map(ClusterFiles.Written::record).toList());
    long articles = written.values().stream().mapToLong(w -> w.record().articles()).sum();
    return new FilesReport(
        true,
        articles,
        0,
        0,
        feedArticles,
        files.problems(),
        bulk,
        (System.nanoTime() - started) / 1e9);
  }

  /**
   * Copies the feeds' articles from the indices behind the aliases into the new ones: a feed lists
   * only its latest items, so a rebuild from the sources could not fetch the older ones again.
   * Nothing to copy before the first rebuild. How many feed articles were copied.
   */
  private long carryOverFeeds(Map<IndexKind, String> fresh) throws IOException {
    long copied = 0;
    for (IndexKind kind : IndexKind.values()) {
      if (aliases.current(kind).isEmpty()) {
        continue;
      }
      ObjectNode body = ClusterJson.object();
      ObjectNode source = body.putObject("source");
      source.put("index", aliases.alias(kind));
      source.putObject("query").putObject("prefix").put(Fields.FILE, ArticleSource.FEED_PREFIX);
      body.putObject("dest").put("index", fresh.get(kind));
      JsonNode done = ClusterJson.task(client, "/_reindex?refresh=false", body);
      if (kind == IndexKind.ARTICLES) {
        copied = done.path("created").asLong() + done.path("updated").asLong();
      }
    }
    return copied;
  }

  private void deleteAll(Map<IndexKind, String> fresh) throws IOException {
    for (String index : fresh.values()) {
      client.indices().delete(d -> d.index(index));
    }
  }

  private void refreshInterval(String index, String interval) throws IOException {
    ObjectNode body = ClusterJson.object();
    body.putObject("index").put("refresh_interval", interval);
    ClusterJson.send(client, "PUT", "/" + index + "/_settings", body);
  }
}
