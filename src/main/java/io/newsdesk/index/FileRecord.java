package io.newsdesk.index;

import java.util.Objects;
import java.util.Optional;

/**
 * What the index knows of a file it indexed.
 *
 * @param file the absolute path
 * @param hash SHA-256 of the bytes that were indexed
 * @param size size in bytes when indexed
 * @param modified modification time (epoch milliseconds) when indexed
 * @param root the configured path (or the path given to {@code index}) it was found under
 * @param manual given to {@code newsdesk index PATH} rather than configured: housekeeping leaves it
 *     alone until it is gone from disk
 * @param articles how many of its articles are indexed
 * @param doneLine when indexing was cut short, the last line up to which every line is indexed
 */
public record FileRecord(
    String file,
    String hash,
    long size,
    long modified,
    String root,
    boolean manual,
    int articles,
    Optional<Long> doneLine) {
  public FileRecord {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(hash, "hash");
    root = root == null ? "" : root;
    doneLine = doneLine == null ? Optional.empty() : doneLine;
  }

  /** Whether every line of the file is indexed. */
  public boolean complete() {
    return doneLine.isEmpty();
  }

  /** The key of a file's or feed's own record, never an article's. */
  static String keyOf(String from) {
    return "record:" + from;
  }
}
