package io.newsdesk.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;

/**
 * What the cluster knows of each article file indexed into it, in {@code prefix-files}: its size,
 * modification time and SHA-256 when it was written, so that {@code newsdesk index} writes again
 * only the files that changed, and removes the articles of files gone from disk.
 */
final class FileRecords {
  /** Records read or written per request. */
  static final int PAGE = 1000;

  private final OpenSearchClient client;
  private final String index;
  private volatile boolean ready;

  FileRecords(OpenSearchClient client, String prefix) {
    this.client = client;
    this.index = prefix + "-files";
  }

  /**
   * A file as it was indexed.
   *
   * @param file its absolute path
   * @param root the configured path it was found under
   * @param articles how many of its articles were written
   */
  record Record(String file, String root, String hash, long size, long modified, long articles) {
    Record withArticles(long count) {
      return new Record(file, root, hash, size, modified, count);
    }

    /** The same file, seen unchanged with another modification time. */
    Record touched(long modifiedNow) {
      return new Record(file, root, hash, size, modifiedNow, articles);
    }
  }

  /** Every record, by path. */
  Map<String, Record> all() throws IOException {
    ensureIndex();
    Map<String, Record> records = new LinkedHashMap<>();
    JsonNode after = null;
    while (true) {
      ObjectNode body = ClusterJson.object();
      body.put("size", PAGE);
      body.putObject("query").putObject("match_all");
      body.putArray("sort").addObject().put("file", "asc");
      if (after != null) {
        body.set("search_after", after);
      }
      JsonNode hits =
          ClusterJson.post(client, "/" + index + "/_search", body).path("hits").path("hits");
      for (JsonNode hit : hits) {
        JsonNode s = hit.path("_source");
        Record record =
            new Record(
                s.path("file").asText(),
                s.path("root").asText(),
                s.path("hash").asText(),
                s.path("size").asLong(),
                s.path("modified").asLong(),
                s.path("articles").asLong());
        records.put(record.file(), record);
        after = hit.path("sort");
      }
      if (hits.size() < PAGE) {
        return records;
      }
    }
  }

  /** Writes (or replaces) these records. */
  void put(Collection<Record> records) throws IOException {
    ensureIndex();
    List<BulkOperation> operations = new ArrayList<>();
    for (Record record : records) {
      operations.add(
          BulkOperation.of(
              o -> o.index(i -> i.index(index).id(id(record.file())).document(record))));
    }
    send(operations);
  }

  /** Deletes the records of these files. */
  void delete(Collection<String> files) throws IOException {
    ensureIndex();
    List<BulkOperation> operations = new ArrayList<>();
    for (String file : files) {
      operations.add(BulkOperation.of(o -> o.delete(d -> d.index(index).id(id(file)))));
    }
    send(operations);
  }

  /** Deletes every record (before a rebuild's are written). */
  void clear() throws IOException {
    ensureIndex();
    ObjectNode body = ClusterJson.object();
    body.putObject("query").putObject("match_all");
    ClusterJson.post(
        client, "/" + index + "/_delete_by_query?conflicts=proceed&refresh=true", body);
  }

  private void send(List<BulkOperation> operations) throws IOException {
    for (int from = 0; from < operations.size(); from += PAGE) {
      List<BulkOperation> page = operations.subList(from, Math.min(operations.size(), from + PAGE));
      BulkResponse response =
          client.bulk(
              b ->
                  b.operations(page).refresh(org.opensearch.client.opensearch._types.Refresh.True));
      if (response.errors()) {
        String reason =
            response.items().stream()
                .filter(item -> item.error() != null && item.status() != 404)
                .map(item -> item.error().reason())
                .findFirst()
                .orElse(null);
        if (reason != null) {
          throw new IOException("the cluster refused file records: " + reason);
        }
      }
    }
  }

  private static String id(String file) {
    return ClusterDocuments.articleId("file:" + file);
  }

  /** Creates the records index if it is not there (only the path and root are searchable). */
  private void ensureIndex() throws IOException {
    if (ready) {
      return;
    }
    ClusterJson.ensureRecordsIndex(client, index, "file", "root");
    ready = true;
  }
}
