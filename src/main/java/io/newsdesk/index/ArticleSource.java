package io.newsdesk.index;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an indexed article came from: a file, or an item of a feed.
 *
 * @param from the {@link Fields#FILE} value: the file's absolute path, or {@code feed:} and the
 *     feed's URL
 * @param guid the id or GUID the feed gives the item, for finding it again when it changes
 */
public record ArticleSource(String from, Optional<String> guid) {
  public static final String FEED_PREFIX = "feed:";

  public static ArticleSource file(Path file) {
    return new ArticleSource(file.toString(), Optional.empty());
  }

  public static ArticleSource feedItem(String feedUrl, String guid) {
    return new ArticleSource(FEED_PREFIX + feedUrl, Optional.of(guid));
  }

  /** The key of an article with this id from this source. */
  public String key(String articleId) {
    return from + "#" + articleId;
  }
}
