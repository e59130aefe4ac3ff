package io.newsdesk.opensearch;

import io.newsdesk.config.ConfigException;
import java.util.Map;
import java.util.Optional;

/**
 * The user name and password for the cluster, from the environment only ({@value #USERNAME},
 * {@value #PASSWORD}): a secret never sits in a config file, and {@link #toString()} never shows
 * the password, so no log line can.
 */
public record OpenSearchLogin(String username, String password) {
  public static final String USERNAME = "NEWSDESK_OPENSEARCH_USERNAME";
  public static final String PASSWORD = "NEWSDESK_OPENSEARCH_PASSWORD";

  /** Both variables, neither (a cluster without security), or a one-line error for just one. */
  public static Optional<OpenSearchLogin> fromEnvironment(Map<String, String> env) {
    String username = blankToNull(env.get(USERNAME));
    String password = blankToNull(env.get(PASSWORD));
    if (username == null && password == null) {
      return Optional.empty();
    }
    if (username == null || password == null) {
      throw new ConfigException(
          "environment: "
              + (username == null ? PASSWORD : USERNAME)
              + " is set but "
              + (username == null ? USERNAME : PASSWORD)
              + " is not: give both or neither");
    }
    return Optional.of(new OpenSearchLogin(username, password));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  @Override
  public String toString() {
    return "OpenSearchLogin[username=" + username + ", password=(hidden)]";
  }
}
