package io.newsdesk.app;

import io.newsdesk.ingest.OneLine;
import io.newsdesk.opensearch.OpenSearchLogin;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;

/**
 * The index is on a cluster ({@code index.backend: opensearch}) that cannot be read or written:
 * unreachable, refusing, or not filled yet. The message is one line naming the hosts or the command
 * to run, and never a password.
 */
public final class ClusterUnavailable extends RuntimeException {
  public ClusterUnavailable(String message) {
    super(message);
  }

  /** Why a request to the cluster failed, in words an operator can act on. */
  static String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SSLException || t instanceof CertificateException) {
        return "its TLS certificate is not trusted here: add the cluster's CA to this Java's trust"
            + " store (opensearch.tls-verify: false only for a test cluster); "
            + OneLine.of(String.valueOf(t.getMessage()), 120);
      }
      String message = String.valueOf(t.getMessage());
      if (message.contains("Unauthorized") || message.contains("HTTP 401")) {
        return "it refused the user name and password in "
            + OpenSearchLogin.USERNAME
            + " and "
            + OpenSearchLogin.PASSWORD
            + " (HTTP 401)";
      }
      if (message.contains("HTTP 403") || message.contains("security_exception")) {
        return "the user is not allowed to do this (HTTP 403): " + OneLine.of(message, 160);
      }
    }
    return OneLine.of(String.valueOf(e), 200);
  }
}
