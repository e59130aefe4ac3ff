package io.newsdesk.discord.emulator;

import java.util.Locale;
import java.util.Map;

/**
 * The X-RateLimit-* headers Discord sends on every REST response. The emulator never limits: each
 * bucket always reports most of its requests left, so Javacord's limiter never has to wait.
 */
final class RateLimitHeaders {

  private static final int LIMIT = 5;

  private RateLimitHeaders() {}

  static Map<String, String> forRoute(String method, String path) {
    double resetAt = System.currentTimeMillis() / 1000.0 + 1.0;
    return Map.of(
        "X-RateLimit-Limit", Integer.toString(LIMIT),
        "X-RateLimit-Remaining", Integer.toString(LIMIT - 1),
        "X-RateLimit-Reset", String.format(Locale.ROOT, "%.3f", resetAt),
        "X-RateLimit-Reset-After", "1.000",
        "X-RateLimit-Bucket", Integer.toHexString((method + " " + path).hashCode()),
        "Via", "1.1 google");
  }

  /**
   * Discord's 429 for one route (not the global limit): its body, Retry-After, and the bucket
   * exhausted for the next 0.2 s.
   */
  static HttpResponse tooManyRequests(String method, String path) {
    com.fasterxml.jackson.databind.node.ObjectNode body =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .createObjectNode()
            .put("message", "You are being rate limited.")
            .put("retry_after", 0.2)
            .put("global", false);
    double resetAt = System.currentTimeMillis() / 1000.0 + 0.2;
    return HttpResponse.json(429, body)
        .withHeaders(
            Map.of(
                "Retry-After", "1",
                "X-RateLimit-Global", "false",
                "X-RateLimit-Scope", "user",
                "X-RateLimit-Limit", Integer.toString(LIMIT),
                "X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset", String.format(Locale.ROOT, "%.3f", resetAt),
                "X-RateLimit-Reset-After", "0.200",
                "X-RateLimit-Bucket", Integer.toHexString((method + " " + path).hashCode()),
                "Via", "1.1 google"));
  }
}
