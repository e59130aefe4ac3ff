package io.newsdesk.logs;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * How Newsdesk logs until the configuration says otherwise (see {@link LogSetup}): one line per
 * event on stderr, {@code [WARN] message}, so stdout carries only the reply; no time, thread or
 * logger name (a terminal or journald adds the time); Lucene from warnings on, DJL only errors; a
 * library's error with an exception as one line, a failed connection to Discord and its retry as
 * one line, and Discord's 429s counted. Set up in code, which takes a fraction of the time
 * logback's XML configuration does at every start. A file named by {@code
 * -Dlogback.configurationFile} still replaces all of it.
 */
public final class LogDefaults extends ContextAwareBase implements Configurator {
  /** The stderr appender, which {@link LogSetup} may switch to JSON. */
  static final String APPENDER = "STDERR";

  static final String PATTERN = "[%level] %msg%n";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    add(context, new OneLineLibraryErrors());
    add(context, new DiscordReconnects());
    add(context, new DiscordRateLimits());
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName(APPENDER);
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();
    context.getLogger("org.apache.lucene").setLevel(Level.WARN);
    context.getLogger("ai.djl").setLevel(Level.ERROR);
    ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(stderr);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  private static void add(LoggerContext context, TurboFilter filter) {
    filter.setContext(context);
    filter.start();
    context.addTurboFilter(filter);
  }
}
