package io.newsdesk.app;

/**
 * The index is on a cluster ({@code index.backend: opensearch}) that cannot be read: unreachable,
 * refusing, or not filled yet. The message is one line naming the hosts or the command to run.
 */
public final class ClusterUnavailable extends RuntimeException {
  public ClusterUnavailable(String message) {
    super(message);
  }
}
