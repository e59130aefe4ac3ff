package io.newsdesk.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Every meter Newsdesk keeps, named in one place. The code that does the work calls these; they
 * record into Micrometer's global registry, which costs next to nothing until {@link MetricsServer}
 * adds a Prometheus registry to it (the bot with {@code metrics.port} set).
 */
public final class Meters {
  /** How a question ended, as the user saw it. */
  public enum Outcome {
    /** The reply quoted what was found. */
    ANSWERED,
    /** The reply said that nothing in the news matches. */
    NOTHING_FOUND,
    /** Not answered: asked too often, in a channel not allowed, or without the right. */
    REFUSED,
    /** Answering failed: the user saw the short error. */
    ERROR
  }

  private static final MeterRegistry REGISTRY = Metrics.globalRegistry;

  private Meters() {}

  /** One question answered (or not) by a command: {@code ask}, {@code who-said}, a mention… */
  public static void question(String command, Outcome outcome, Duration took) {
    Counter.builder("newsdesk.questions")
        .description("Questions, by command and how they ended")
        .tag("command", command)
        .tag("outcome", label(outcome))
        .register(REGISTRY)
        .increment();
    if (outcome != Outcome.REFUSED) {
      Timer.builder("newsdesk.answer")
          .description("Time from a question to its reply, before it is sent to Discord")
          .tag("command", command)
          .publishPercentileHistogram()
          .minimumExpectedValue(Duration.ofMillis(1))
          .maximumExpectedValue(Duration.ofSeconds(30))
          .register(REGISTRY)
          .record(took);
    }
  }

  /** What one indexing run did, from article files or from feeds. */
  public static void ingested(String source, int indexed, int removed) {
    counter("newsdesk.articles.indexed", "Articles indexed (new or changed)", "source", source)
        .increment(indexed);
    counter("newsdesk.articles.removed", "Articles removed from the index", "source", source)
        .increment(removed);
  }

  /** A file, line, feed or item that could not be ingested, by kind (bad json, binary…). */
  public static void ingestProblem(String kind) {
    counter("newsdesk.ingest.problems", "Problems met while ingesting, by kind", "kind", kind)
        .increment();
  }

  /** One poll of one feed: {@code new} items, {@code unchanged} or {@code failed}. */
  public static void feedPoll(String outcome) {
    counter("newsdesk.feed.polls", "Feed polls, by outcome", "outcome", outcome).increment();
  }

  /** A request Discord refused or that did not reach it (a reply, a refusal, autocomplete). */
  public static void discordError(String what) {
    counter(
            "newsdesk.discord.errors",
            "Requests to Discord that failed, by what was sent",
            "what",
            what)
        .increment();
  }

  /** Discord answered 429: Javacord waits and retries. */
  public static void discordRateLimited() {
    Counter.builder("newsdesk.discord.rate.limits")
        .description("Requests Discord answered with 429 (too many requests)")
        .register(REGISTRY)
        .increment();
  }

  /** The gateway connection was lost (Javacord reconnects by itself). */
  public static void discordDisconnected() {
    Counter.builder("newsdesk.discord.disconnects")
        .description("Times the connection to Discord's gateway was lost")
        .register(REGISTRY)
        .increment();
  }

  /** The index's size on disk and its article count, read when Prometheus scrapes. */
  public static void index(Supplier<Number> bytes, Supplier<Number> articles) {
    Gauge.builder("newsdesk.index.size", bytes)
        .description("Size of the index folder on disk")
        .baseUnit("bytes")
        .strongReference(true)
        .register(REGISTRY);
    Gauge.builder("newsdesk.index.articles", articles)
        .description("Articles in the index")
        .strongReference(true)
        .register(REGISTRY);
  }

  /** Whether the bot is connected to Discord's gateway now (1) or not (0). */
  public static void discordConnected(Supplier<Number> connected) {
    Gauge.builder("newsdesk.discord.connected", connected)
        .description("1 while connected to Discord's gateway")
        .strongReference(true)
        .register(REGISTRY);
  }

  private static Counter counter(String name, String description, String tag, String value) {
    return Counter.builder(name).description(description).tag(tag, value).register(REGISTRY);
  }

  private static String label(Outcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT);
  }
}
