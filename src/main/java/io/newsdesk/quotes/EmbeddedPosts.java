package io.newsdesk.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Social media posts embedded in an article, signed "— BRICS News (@BRICSinfo) February 12, 2025".
 * The signature closes the post's own paragraph, as scraped pages mostly have it ("Big news today
 * pic.twitter.com/x — Jane Doe (@janedoe) May 1, 2016"), or stands as the next paragraph under it.
 * A post wrapped in markup ({@code <tweet author="@x">…</tweet>}) starts after its opening tag.
 */
final class EmbeddedPosts {

  /** A post: its text {@code start..end} in the article and the name of the account. */
  record Post(int start, int end, int paragraph, String author) {}

  /**
   * A dash, the account's name (no dash in it, so the signature's own dash is found) and handle.
   */
  private static final String NAME_AND_HANDLE =
      "\\p{Pd}\\s*((?:(?!\\s-\\s)[^()@\\n<>\u2012-\u2015]){1,80}?)\\s*\\(@\\w{1,30}\\)";

  private static final Pattern OWN_LINE = Pattern.compile("^" + NAME_AND_HANDLE);
  private static final Pattern CLOSING =
      Pattern.compile(
          "\\s" + NAME_AND_HANDLE + "\\s*[\\p{L}.]{3,10} \\d{1,2}, \\d{4}\\s*(</tweet>\\W{0,2})?$");
  private static final Pattern OPENING_TAG = Pattern.compile("^\\s*<tweet\\b[^>]*>\\s*");
  private static final Pattern TRAILING_LINKS =
      Pattern.compile("(\\s+(pic\\.twitter\\.com/\\S+|https?://\\S+))+\\s*$");

  /** The posts in {@code paragraphs}, which start at {@code starts} in the article text. */
  List<Post> find(List<String> paragraphs, int[] starts) {
    List<Post> posts = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      if (paragraphs.get(p).contains("(@")) { // the cheap test first: most sign nothing
        Post post = signedPost(paragraphs, starts, p);
        if (post != null) {
          posts.add(post);
        }
      }
    }
    return posts;
  }

  /** The post that paragraph {@code p} signs, under it or at its own end, or null. */
  private static Post signedPost(List<String> paragraphs, int[] starts, int p) {
    String para = paragraphs.get(p);
    Matcher ownLine = OWN_LINE.matcher(para);
    if (p > 0 && ownLine.find()) {
      return post(paragraphs.get(p - 1), starts[p - 1], p - 1, ownLine.group(1));
    }
    Matcher closing = CLOSING.matcher(para);
    return closing.find()
        ? post(para.substring(0, closing.start()), starts[p], p, closing.group(1))
        : null;
  }

  /** The post whose text is {@code body} (at {@code offset} in the article), or null if empty. */
  private static Post post(String body, int offset, int paragraph, String author) {
    Matcher tag = OPENING_TAG.matcher(body);
    int start = tag.find() ? tag.end() : 0;
    Matcher links = TRAILING_LINKS.matcher(body);
    int end = links.find(start) ? links.start() : body.length();
    while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
      end--;
    }
    String name = author.strip();
    return end > start && !name.isEmpty()
        ? new Post(offset + start, offset + end, paragraph, name)
        : null;
  }
}
