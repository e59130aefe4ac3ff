package io.newsdesk.logs;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import io.newsdesk.metrics.Meters;
import java.util.List;
import org.slf4j.Marker;

/**
 * Counts Discord's 429 answers for the metrics. Javacord retries them by itself and tells nobody
 * but its log: each 429 is one line of its rate-limit manager, a warning for a global limit or a
 * CloudFlare ban, a debug line for a route's own limit. So this filter lets that logger's debug
 * lines be built, counts the three, and leaves the printing to the logger's level as usual.
 */
public final class DiscordRateLimits extends TurboFilter {
  static final String LOGGER = "org.javacord.core.util.ratelimit.RatelimitManager";

  /** How each of Javacord 3.8.0's lines about a 429 begins. */
  static final List<String> TOO_MANY_REQUESTS =
      List.of("Received a 429 response", "Hit a global ratelimit", "Hit a CloudFlare API ban");

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (!LOGGER.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    if (format == null) {
      // Javacord asks whether debug is on before it builds the line: say yes, to see the line.
      return Level.DEBUG.equals(level) ? FilterReply.ACCEPT : FilterReply.NEUTRAL;
    }
    if (TOO_MANY_REQUESTS.stream().anyMatch(format::startsWith)) {
      Meters.discordRateLimited();
    }
    return FilterReply.NEUTRAL;
  }
}
