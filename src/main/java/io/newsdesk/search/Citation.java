package io.newsdesk.search;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where an excerpt comes from, as a reply shows it. Empty fields are unknown, never guessed.
 *
 * @param articleId the article's own id (a JSONL id, a feed item's GUID, a file's path below its
 *     folder)
 * @param key what makes the article unique in the index: its source and its id
 */
public record Citation(
    String articleId,
    String title,
    Optional<String> source,
    Optional<LocalDate> published,
    Optional<String> url,
    String key) {

  /**
   * What makes two citations the same article in a reply: the same address, or else the same index
   * key. A story indexed from a feed and from a file shows once.
   */
  public String identity() {
    return url.orElse(key);
  }
}
