package io.newsdesk.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * A news feed to follow (RSS 2.0, RSS 1.0 or Atom).
 *
 * @param url the feed's address, http or https
 * @param name the publisher to show in replies; when empty, the page's or the feed's own
 * @param every how often to poll it: 15 minutes unless said, at least 1 minute
 */
public record Feed(
    String url,
    Optional<String> name,
    @JsonDeserialize(using = DurationText.Reader.class)
        @JsonSerialize(using = DurationText.Writer.class)
        Duration every) {
  public static final Duration DEFAULT_EVERY = Duration.ofMinutes(15);
  public static final Duration MIN_EVERY = Duration.ofMinutes(1);

  public Feed {
    Config.require(url != null && !url.isBlank(), "url: every feed needs one");
    url = url.strip();
    Config.require(isWebAddress(url), "url: '" + url + "' is not an http or https address");
    name = name == null ? Optional.empty() : name.map(String::strip).filter(n -> !n.isEmpty());
    Config.require(
        name.map(String::length).orElse(0) <= 100, "name: at most 100 characters, was longer");
    every = every == null ? DEFAULT_EVERY : every;
    Config.require(
        every.compareTo(MIN_EVERY) >= 0 && every.toDays() <= 7,
        "every: must be 1m to 7d, was " + DurationText.format(every));
  }

  /** A feed polled every 15 minutes, named by its own content. */
  public static Feed of(String url) {
    return new Feed(url, Optional.empty(), DEFAULT_EVERY);
  }

  static boolean isWebAddress(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
