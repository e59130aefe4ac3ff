package io.newsdesk.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Links as a reply may show them: without the tracking parameters that newsletters, feeds and
 * social sites add ({@code utm_*}, {@code fbclid}, …) and without a fragment. The same article
 * linked from two places then has one address.
 */
public final class CleanUrls {
  private static final Set<String> TRACKING =
      Set.of(
          "fbclid",
          "gclid",
          "dclid",
          "gbraid",
          "wbraid",
          "msclkid",
          "yclid",
          "igshid",
          "mc_cid",
          "mc_eid",
          "_hsenc",
          "_hsmi",
          "mkt_tok",
          "ref_src",
          "ref_url",
          "cmpid",
          "ocid",
          "sr_share",
          "smid",
          "s_cid",
          "guccounter",
          "guce_referrer",
          "guce_referrer_sig",
          "__twitter_impression",
          "xtor",
          "at_medium",
          "at_campaign");

  private CleanUrls() {}

  /** The URL without tracking parameters or fragment, or empty when it is not an http(s) URL. */
  public static Optional<String> clean(String url) {
    if (url == null) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null) {
      return Optional.empty();
    }
    String query = keptQuery(uri.getRawQuery());
    StringBuilder out = new StringBuilder(scheme).append("://");
    out.append(uri.getRawAuthority().toLowerCase(Locale.ROOT));
    out.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
    if (!query.isEmpty()) {
      out.append('?').append(query);
    }
    return Optional.of(out.toString());
  }

  private static String keptQuery(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : raw.split("&")) {
      String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
        kept.add(pair);
      }
    }
    return String.join("&", kept);
  }
}
