package io.newsdesk.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;

/**
 * How Newsdesk fetches feeds and pages, politely: it names itself, waits at most {@code timeout},
 * reads at most so many megabytes, sends one request at a time to a host and leaves {@code
 * hostInterval} between two, and takes at most {@code maxItemsPerPoll} new items of a feed per poll
 * (the rest at the next polls).
 *
 * @param fullArticles whether to fetch each item's page for the whole article (else the feed's own
 *     text is used)
 * @param allowPrivateAddresses whether feeds and pages may be fetched from private or local
 *     addresses (127.0.0.1, 10.x, 192.168.x, 169.254.x …); off, only a feed of the configuration
 *     that is itself on such an address may, with its pages
 */
public record Fetch(
    String userAgent,
    @JsonDeserialize(using = DurationText.Reader.class)
        @JsonSerialize(using = DurationText.Writer.class)
        Duration timeout,
    int maxFeedMb,
    int maxPageMb,
    @JsonDeserialize(using = DurationText.Reader.class)
        @JsonSerialize(using = DurationText.Writer.class)
        Duration hostInterval,
    int maxItemsPerPoll,
    boolean fullArticles,
    boolean allowPrivateAddresses) {
  public static final String USER_AGENT =
      "Newsdesk/0.1 (self-hosted news bot; +https://github.com/newsdesk/newsdesk)";

  public Fetch {
    Config.require(
        userAgent != null && userAgent.contains("Newsdesk") && userAgent.length() <= 200,
        "user-agent: must name Newsdesk and be at most 200 characters");
    Config.require(
        timeout != null && timeout.toMillis() >= 1000 && timeout.toSeconds() <= 300,
        "timeout: must be 1s to 300s");
    Config.require(maxFeedMb >= 1 && maxFeedMb <= 200, "max-feed-mb: must be 1 to 200");
    Config.require(maxPageMb >= 1 && maxPageMb <= 100, "max-page-mb: must be 1 to 100");
    Config.require(
        hostInterval != null && !hostInterval.isNegative() && hostInterval.toSeconds() <= 600,
        "host-interval: must be 0s to 600s");
    Config.require(
        maxItemsPerPoll >= 1 && maxItemsPerPoll <= 100_000,
        "max-items-per-poll: must be 1 to 100000");
  }

  /** What every key a config file leaves out is. */
  public static Fetch defaults() {
    return new Fetch(
        USER_AGENT, Duration.ofSeconds(20), 10, 5, Duration.ofSeconds(1), 200, true, false);
  }
}
