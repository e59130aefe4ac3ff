package io.newsdesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what is not the article: newsletter sign-up blocks, bare links, "Advertisement" lines,
 * and media links (pic.twitter.com) left over from embedded posts.
 *
 * <p>Sign-up blocks are a cluster of short lines around a marker ("Thank you for signing up!",
 * "Subscribe"); the short lines next to a marker go with it, the article's own paragraphs, which
 * are longer, stop the cluster.
 */
final class BoilerplateFilter {
  private static final Pattern SIGN_UP =
      Pattern.compile(
          "(?i)^(subscribe\\b.*|sign up\\b.*|thank you for signing up!?|thanks for signing up!?"
              + "|.*\\bnewsletters?\\b.{0,60}|.*direct to your inbox\\.?|close)$");
  private static final Pattern NOISE =
      Pattern.compile(
          "(?i)^(advertisement|ad feedback|skip advertisement|story continues below.*"
              + "|continue reading.*|click here to .{0,80}|follow us on .{0,40})$");
  private static final Pattern BARE_URL = Pattern.compile("^(https?://|www\\.)\\S+$");
  private static final Pattern MEDIA_LINK =
      Pattern.compile("\\s*\\b(?:https?://)?pic\\.twitter\\.com/\\w+");
  private static final int CLUSTER_LINE_MAX = 60;
  private static final int MARKER_MAX = 160;

  private BoilerplateFilter() {}

  static List<String> clean(List<String> paragraphs) {
    List<String> stripped = new ArrayList<>();
    for (String paragraph : paragraphs) {
      String text = Whitespace.normalise(stripMediaLinks(paragraph));
      if (!text.isEmpty() && !BARE_URL.matcher(text).matches()) {
        stripped.add(text);
      }
    }
    boolean[] drop = new boolean[stripped.size()];
    for (int i = 0; i < stripped.size(); i++) {
      String paragraph = stripped.get(i);
      if (paragraph.length() <= MARKER_MAX && NOISE.matcher(paragraph).matches()) {
        drop[i] = true;
      } else if (paragraph.length() <= MARKER_MAX && SIGN_UP.matcher(paragraph).matches()) {
        drop[i] = true;
        for (int j = i - 1; j >= 0 && isClusterLine(stripped.get(j)); j--) {
          drop[j] = true;
        }
        for (int j = i + 1; j < stripped.size() && isClusterLine(stripped.get(j)); j++) {
          drop[j] = true;
        }
      }
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < stripped.size(); i++) {
      if (!drop[i]) {
        kept.add(stripped.get(i));
      }
    }
    return kept;
  }

  /** Removes links to embedded media (pic.twitter.com/…), which are not text. */
  static String stripMediaLinks(String text) {
    return text.contains("pic.twitter.com") ? MEDIA_LINK.matcher(text).replaceAll("") : text;
  }

  /** A short line with no quotation in it: the kind of line a sign-up widget is made of. */
  private static boolean isClusterLine(String paragraph) {
    return paragraph.length() <= CLUSTER_LINE_MAX
        && paragraph.chars().noneMatch(c -> c == '"' || c == '“' || c == '”');
  }
}
