package io.newsdesk.opensearch;

import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * The HTTP status of a refused request. The client reports one as an {@link OpenSearchException}
 * when it can read the error, and as the transport's {@link ResponseException} when it cannot (a
 * conflict on a conditional write, for one): both mean the cluster answered no.
 */
final class ClusterErrors {
  private ClusterErrors() {}

  static int status(Exception e) {
    if (e instanceof OpenSearchException refused) {
      return refused.status();
    }
    if (e instanceof ResponseException refused) {
      return refused.status();
    }
    throw new IllegalArgumentException("not a refusal: " + e);
  }
}
