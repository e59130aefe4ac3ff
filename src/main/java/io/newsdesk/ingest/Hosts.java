package io.newsdesk.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Publisher names derived from links: the host of a URL, without "www.". */
public final class Hosts {
  /** Hosts of embeds and media, which say nothing about who published the article. */
  private static final Set<String> NOT_PUBLISHERS =
      Set.of(
          "twitter.com",
          "x.com",
          "t.co",
          "pic.twitter.com",
          "youtube.com",
          "youtu.be",
          "facebook.com",
          "instagram.com",
          "tiktok.com",
          "bit.ly",
          "wp.com",
          "imgur.com",
          "googleusercontent.com",
          "cloudfront.net",
          "amazonaws.com",
          "gravatar.com");

  private Hosts() {}

  /** The host of an http(s) URL without a leading "www.", or empty if it is not such a URL. */
  public static Optional<String> of(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      String host = uri.getHost();
      if (host == null || scheme == null || !scheme.toLowerCase(Locale.ROOT).startsWith("http")) {
        return Optional.empty();
      }
      host = host.toLowerCase(Locale.ROOT);
      return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Whether the text is an absolute http(s) URL with a host. */
  public static boolean isWebUrl(String url) {
    return of(url).isPresent();
  }

  /** The publisher most of the article's own links point to, ignoring social media and CDNs. */
  public static Optional<String> mostLinked(List<String> links) {
    Map<String, Integer> counts = new HashMap<>();
    for (String link : links) {
      of(link)
          .filter(
              host ->
                  NOT_PUBLISHERS.stream().noneMatch(p -> host.equals(p) || host.endsWith("." + p)))
          .ifPresent(host -> counts.merge(host, 1, Integer::sum));
    }
    return counts.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }
}
