package io.newsdesk.logs;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Marker;

/**
 * One line per attempt to reach Discord's gateway: Javacord logs a failed connection (already one
 * line, see {@link OneLineLibraryErrors}) and then, apart, how long it waits before the next try.
 * This holds the failure back until the wait is known and writes both as one line: {@code cannot
 * connect to Discord's gateway (java.net.ConnectException: …); trying again in 4 s}. Any other line
 * of the gateway's logger first lets a held failure out as it was, so none is lost. At debug the
 * gateway's lines pass as Javacord writes them.
 */
public final class DiscordReconnects extends TurboFilter {
  static final String LOGGER = "org.javacord.core.util.gateway.DiscordWebSocketAdapter";
  static final String FAILURE = "An error occurred while connecting to websocket";
  static final String RETRY = "Trying to reconnect/resume in";
  static final String MERGED = "cannot connect to Discord's gateway";
  private static final String FQCN = DiscordReconnects.class.getName();

  /** Set while this filter writes a line itself, which passes untouched. */
  private static final ThreadLocal<Boolean> WRITING = ThreadLocal.withInitial(() -> false);

  private final AtomicReference<String> held = new AtomicReference<>();

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (format == null
        || WRITING.get()
        || !LOGGER.equals(logger.getName())
        || logger.getEffectiveLevel().toInt() <= Level.DEBUG_INT) {
      return FilterReply.NEUTRAL;
    }
    if (format.startsWith(FAILURE) && t == null) {
      write(logger, held.getAndSet(format));
      return FilterReply.DENY;
    }
    String failure = held.getAndSet(null);
    String wait = wait(format, params);
    if (failure != null && wait != null) {
      String causes = failure.substring(FAILURE.length()).strip();
      write(logger, MERGED + " " + causes + "; trying again in " + wait + " s");
      return FilterReply.DENY;
    }
    write(logger, failure);
    return FilterReply.NEUTRAL;
  }

  /**
   * The seconds of a retry line: its argument, or read from the text (log4j's bridge hands the line
   * over already filled in); null for any other line.
   */
  static String wait(String format, Object[] params) {
    if (!format.startsWith(RETRY)) {
      return null;
    }
    if (params != null && params.length > 0) {
      return String.valueOf(params[0]);
    }
    java.util.regex.Matcher seconds = SECONDS.matcher(format);
    return seconds.find() ? seconds.group(1) : null;
  }

  private static final java.util.regex.Pattern SECONDS =
      java.util.regex.Pattern.compile(" in (\\d+) seconds");

  private static void write(Logger logger, String line) {
    if (line == null) {
      return;
    }
    WRITING.set(true);
    try {
      logger.log(null, FQCN, Level.toLocationAwareLoggerInteger(Level.WARN), line, null, null);
    } finally {
      WRITING.set(false);
    }
  }
}
