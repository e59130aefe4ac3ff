package io.newsdesk.logs;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import io.newsdesk.config.Logging;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * Applies the {@code log} section of the configuration to logback, once it is loaded: the level of
 * the root logger (loggers that {@link LogDefaults} sets, Lucene and DJL, keep theirs) and the
 * format of the stderr appender, plain lines or one JSON object per line. Until then, and where
 * nothing is configured, {@link LogDefaults} alone decides.
 */
public final class LogSetup {
  /** The appender of {@link LogDefaults} that this changes. */
  static final String APPENDER = LogDefaults.APPENDER;

  private static Logging applied = Logging.defaults();

  /** The encoder of plain lines, kept while JSON is written. */
  private static Encoder<ILoggingEvent> text;

  private LogSetup() {}

  /** Logs as {@code settings} says from now on. Cheap when they are what is already applied. */
  public static synchronized void apply(Logging settings) {
    if (settings.equals(applied)
        || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.toLevel(settings.level().toUpperCase(Locale.ROOT)));
    if (!settings.format().equals(applied.format())
        && root.getAppender(APPENDER) instanceof OutputStreamAppender<ILoggingEvent> stderr) {
      boolean json = settings.format().equals("json");
      if (json) {
        text = stderr.getEncoder();
      }
      stderr.stop();
      stderr.setEncoder(json ? json(context) : text);
      stderr.start();
    }
    applied = settings;
  }

  /**
   * Time, level, logger, message (as written and filled in), markers and a throwable with its
   * stack; not the thread, the MDC (Newsdesk sets none), the logging context or the arguments one
   * by one.
   */
  private static Encoder<ILoggingEvent> json(LoggerContext context) {
    JsonEncoder encoder = new JsonEncoder();
    encoder.setContext(context);
    encoder.setWithSequenceNumber(false);
    encoder.setWithNanoseconds(false);
    encoder.setWithThreadName(false);
    encoder.setWithContext(false);
    encoder.setWithMDC(false);
    encoder.setWithArguments(false);
    encoder.setWithFormattedMessage(true);
    encoder.start();
    return encoder;
  }
}
