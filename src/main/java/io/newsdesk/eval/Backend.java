package io.newsdesk.eval;

import io.newsdesk.search.SearchBackend;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an evaluation answers from: the embedded index it built, or, given cluster hosts, the same
 * articles on that OpenSearch cluster.
 */
final class Backend implements Closeable {
  private final SearchBackend search;
  private final Optional<ClusterCopy> cluster;

  private Backend(SearchBackend search, Optional<ClusterCopy> cluster) {
    this.search = search;
    this.cluster = cluster;
  }

  static Backend of(
      EvalIndex built, List<String> clusterHosts, Path articles, boolean semantic, PrintStream log)
      throws IOException {
    if (clusterHosts.isEmpty()) {
      return new Backend(built.index(), Optional.empty());
    }
    ClusterCopy copy = ClusterCopy.fill(clusterHosts, articles, semantic, log);
    return new Backend(copy.search(), Optional.of(copy));
  }

  SearchBackend search() {
    return search;
  }

  @Override
  public void close() throws IOException {
    if (cluster.isPresent()) {
      cluster.get().close();
    }
  }
}
