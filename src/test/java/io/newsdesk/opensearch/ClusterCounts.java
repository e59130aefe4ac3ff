package io.newsdesk.opensearch;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.opensearch.client.opensearch.OpenSearchClient;

/** How many documents each alias of a prefix has now, after a refresh. */
final class ClusterCounts {
  private ClusterCounts() {}

  static Map<IndexKind, Long> of(OpenSearchClient client, Aliases aliases) throws IOException {
    Map<IndexKind, Long> counts = new EnumMap<>(IndexKind.class);
    for (IndexKind kind : IndexKind.values()) {
      client.indices().refresh(r -> r.index(aliases.alias(kind)));
      counts.put(kind, client.count(c -> c.index(aliases.alias(kind))).count());
    }
    return counts;
  }
}
