package io.newsdesk.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Social media posts embedded in an article: the post text is one paragraph and the next paragraph
 * is its signature line, "— BRICS News (@BRICSinfo) February 12, 2025".
 */
final class EmbeddedPosts {

  /** A post: its text {@code start..end} in the article and the name of the account. */
  record Post(int start, int end, int paragraph, String author) {}

  private static final Pattern SIGNATURE =
      Pattern.compile("^\\p{Pd}\\s*([^()@\\n]{1,80}?)\\s*\\(@\\w{1,30}\\)");
  private static final Pattern TRAILING_LINKS =
      Pattern.compile("(\\s+(pic\\.twitter\\.com/\\S+|https?://\\S+))+\\s*$");

  List<Post> find(List<String> paragraphs) {
    List<Post> posts = new ArrayList<>();
    int offset = 0;
    int previousOffset = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      String para = paragraphs.get(p);
      if (p > 0 && !para.isEmpty() && ArticleTokens.isDash(para.charAt(0))) {
        Matcher m = SIGNATURE.matcher(para);
        if (m.find()) {
          String body = paragraphs.get(p - 1);
          Matcher links = TRAILING_LINKS.matcher(body);
          int end = links.find() ? links.start() : body.length();
          if (end > 0) {
            posts.add(new Post(previousOffset, previousOffset + end, p - 1, m.group(1).strip()));
          }
        }
      }
      previousOffset = offset;
      offset += para.length() + 2;
    }
    return posts;
  }
}
