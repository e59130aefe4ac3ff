package io.newsdesk.opensearch;

import io.newsdesk.index.NewsIndex;
import io.newsdesk.search.SearchBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * The news on an OpenSearch cluster, searched as the embedded index is: behind the aliases of
 * {@link Aliases}, whichever indices they point at. Questions are analysed here, with the embedded
 * index's analyzer, which the cluster's analysis equals (see {@link ClusterAnalysis}).
 */
public final class ClusterSearch implements SearchBackend {
  private final OpenSearchClient client;
  private final Map<IndexKind, String> aliases = new EnumMap<>(IndexKind.class);
  private final Analyzer analyzer = NewsIndex.newAnalyzer();

  /** This process's searches go to the same shard copies (see {@link ClusterSnapshot}). */
  private final String preference = "newsdesk-" + java.util.UUID.randomUUID();

  public ClusterSearch(OpenSearchClient client, Aliases names) {
    this.client = client;
    for (IndexKind kind : IndexKind.values()) {
      aliases.put(kind, names.alias(kind));
    }
  }

  @Override
  public Analyzer analyzer() {
    return analyzer;
  }

  @Override
  public <T> T read(Reading<T> work) {
    try {
      return work.apply(new ClusterSnapshot(client, aliases, preference));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
