package io.newsdesk.config;

import java.util.List;
import java.util.Locale;

/**
 * How Newsdesk logs, on stderr: {@code text} lines ({@code [WARN] message}) or {@code json}, one
 * object per line for a log shipper; and from which level on ({@code level}, for Newsdesk and the
 * libraries it uses; at {@code debug} the libraries' errors come with their stack traces).
 */
public record Logging(String format, String level) {
  public static final List<String> FORMATS = List.of("text", "json");
  public static final List<String> LEVELS = List.of("error", "warn", "info", "debug", "trace");

  public Logging {
    format = lowerCase(format);
    level = lowerCase(level);
    Config.require(FORMATS.contains(format), "format: must be text or json, was " + quoted(format));
    Config.require(
        LEVELS.contains(level),
        "level: must be one of " + String.join(", ", LEVELS) + ", was " + quoted(level));
  }

  /** Text lines from info on: for every key a file leaves out. */
  public static Logging defaults() {
    return new Logging("text", "info");
  }

  private static String lowerCase(String value) {
    return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
  }

  private static String quoted(String value) {
    return value.isEmpty() ? "nothing" : "'" + value + "'";
  }
}
