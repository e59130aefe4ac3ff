package io.newsdesk.config;

/** A configuration value that stops start-up; the message is the one line to show. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
