package io.newsdesk.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What Newsdesk remembers of a feed between polls, stored in the index with the feed's articles (so
 * both are committed together): when it was last polled and how that went, the validators for a
 * conditional GET, and a fingerprint of each item already indexed.
 *
 * @param status {@code new}, {@code ok}, {@code not modified} or {@code failing}
 * @param failures polls that failed in a row; the next poll waits longer after each
 * @param seen item GUID → fingerprint of the version indexed
 */
public record FeedState(
    String url,
    long lastPollMillis,
    String status,
    String lastError,
    int failures,
    long nextPollMillis,
    String etag,
    String lastModified,
    String title,
    Map<String, String> seen) {
  /** Items remembered per feed (those it lists now); a sanity bound, far above any real feed. */
  static final int SEEN_MAX = 100_000;

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public FeedState {
    seen = seen == null ? Map.of() : Map.copyOf(seen);
    status = status == null ? "new" : status;
  }

  public static FeedState fresh(String url) {
    return new FeedState(url, 0, "new", null, 0, 0, null, null, null, Map.of());
  }

  public Optional<Instant> lastPoll() {
    return lastPollMillis == 0
        ? Optional.empty()
        : Optional.of(Instant.ofEpochMilli(lastPollMillis));
  }

  public Instant nextPoll() {
    return Instant.ofEpochMilli(nextPollMillis);
  }

  public Optional<String> error() {
    return Optional.ofNullable(lastError);
  }

  public Optional<String> feedTitle() {
    return Optional.ofNullable(title).filter(t -> !t.isBlank());
  }

  public FeedState failed(String reason, Instant now, Duration wait) {
    return new FeedState(
        url,
        now.toEpochMilli(),
        "failing",
        reason,
        failures + 1,
        now.plus(wait).toEpochMilli(),
        etag,
        lastModified,
        title,
        seen);
  }

  FeedState unchanged(Instant now, Duration every) {
    return new FeedState(
        url,
        now.toEpochMilli(),
        "not modified",
        null,
        0,
        now.plus(every).toEpochMilli(),
        etag,
        lastModified,
        title,
        seen);
  }

  FeedState polled(
      Instant now,
      Duration every,
      Optional<String> newEtag,
      Optional<String> newLastModified,
      String feedTitle,
      Map<String, String> nowSeen) {
    Map<String, String> kept = new LinkedHashMap<>(nowSeen);
    while (kept.size() > SEEN_MAX) {
      kept.remove(kept.keySet().iterator().next());
    }
    return new FeedState(
        url,
        now.toEpochMilli(),
        "ok",
        null,
        0,
        now.plus(every).toEpochMilli(),
        newEtag.orElse(null),
        newLastModified.orElse(null),
        feedTitle,
        kept);
  }

  /** Due for a poll at {@code now}: never polled, or its next poll has come. */
  public boolean dueAt(Instant now) {
    return lastPollMillis == 0 || !now.isBefore(nextPoll());
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a feed state always serialises", e);
    }
  }

  /** The state stored as JSON; a fresh one when it cannot be read (it is only a cache). */
  public static FeedState fromJson(String url, String json) {
    try {
      FeedState state = JSON.readValue(json, FeedState.class);
      return state.url() == null ? fresh(url) : state;
    } catch (JsonProcessingException | RuntimeException e) {
      return fresh(url);
    }
  }
}
