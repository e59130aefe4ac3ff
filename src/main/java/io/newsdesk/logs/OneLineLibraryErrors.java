package io.newsdesk.logs;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * An error that a library logs with an exception (Javacord retrying a connection to Discord, say)
 * becomes one line: its message and the exception's chain of causes, each as class and message,
 * e.g. {@code An error occurred while connecting to websocket (java.net.ConnectException:
 * Connection refused)}. The stack trace is about the library's insides; it is kept when that
 * library's logger is at debug. Newsdesk's own loggers keep their stack traces. Installed by {@link
 * LogDefaults}, ahead of the appenders, so text and JSON alike get the short line.
 */
public final class OneLineLibraryErrors extends TurboFilter {
  static final String OWN = "io.newsdesk";

  /** Logback leaves this class out when it looks for the caller. */
  private static final String FQCN = OneLineLibraryErrors.class.getName();

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    Throwable thrown = t != null ? t : MessageFormatter.getThrowableCandidate(params);
    if (thrown == null
        || level == null
        || isOwn(logger.getName())
        || !level.isGreaterOrEqual(logger.getEffectiveLevel())
        || logger.getEffectiveLevel().toInt() <= Level.DEBUG_INT) {
      return FilterReply.NEUTRAL;
    }
    String message =
        MessageFormatter.arrayFormat(Objects.toString(format, ""), params).getMessage();
    String line = (message + " (" + causes(thrown) + ")").replaceAll("\\s*\\R\\s*", " ");
    logger.log(marker, FQCN, Level.toLocationAwareLoggerInteger(level), line, null, null);
    return FilterReply.DENY;
  }

  static boolean isOwn(String loggerName) {
    return loggerName.equals(OWN) || loggerName.startsWith(OWN + ".");
  }

  /**
   * The exception and its causes, outermost first, leaving out wrappers that only repeat their
   * cause (a {@code CompletionException} whose message is its cause).
   */
  static String causes(Throwable thrown) {
    List<String> links = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable link = thrown; link != null && seen.add(link); link = link.getCause()) {
      Throwable cause = link.getCause();
      if (cause == null || !cause.toString().equals(link.getMessage())) {
        links.add(link.toString());
      }
    }
    return String.join("; caused by ", links);
  }
}
