package io.newsdesk.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reads RSS 0.9x, 1.0 and 2.0 and Atom with ROME: the encoding from the XML declaration, the byte
 * order mark or the HTTP header; doctypes refused (no external entities).
 */
final class FeedParser {
  private FeedParser() {}

  /** A feed's own name and its entries, newest first where the feed dates them. */
  record Parsed(String title, Optional<String> link, List<FeedItem> items) {}

  /**
   * @throws FetchException when the bytes are not a feed, with the parser's reason
   */
  static Parsed parse(byte[] body, Optional<String> contentType) throws FetchException {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      XmlReader reader =
          contentType.isPresent()
              ? new XmlReader(new ByteArrayInputStream(body), contentType.get(), true)
              : new XmlReader(new ByteArrayInputStream(body), true);
      feed = input.build(reader);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new FetchException("not a readable RSS or Atom feed: " + firstLine(e.getMessage()));
    }
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      item(entry).ifPresent(items::add);
    }
    items.sort(
        (a, b) -> b.published().orElse(Instant.MIN).compareTo(a.published().orElse(Instant.MIN)));
    return new Parsed(
        Optional.ofNullable(feed.getTitle()).orElse("").strip(),
        Optional.ofNullable(feed.getLink()),
        items);
  }

  private static Optional<FeedItem> item(SyndEntry entry) {
    Optional<String> link = Optional.ofNullable(entry.getLink()).map(String::strip);
    String guid = Optional.ofNullable(entry.getUri()).map(String::strip).orElse("");
    if (guid.isEmpty()) {
      guid = link.orElse("");
    }
    if (guid.isEmpty()) {
      return Optional.empty(); // nothing to know it by: neither an id nor a link
    }
    String text = text(entry);
    String title = Optional.ofNullable(entry.getTitle()).orElse("").strip();
    Optional<Instant> published =
        Optional.ofNullable(entry.getPublishedDate())
            .or(() -> Optional.ofNullable(entry.getUpdatedDate()))
            .map(Date::toInstant);
    List<String> authors = new ArrayList<>();
    for (SyndPerson person : entry.getAuthors()) {
      if (person.getName() != null && !person.getName().isBlank()) {
        authors.add(person.getName().strip());
      }
    }
    if (authors.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      authors.add(entry.getAuthor().strip());
    }
    String fingerprint =
        sha256(
            title
                + '\u0000'
                + link.orElse("")
                + '\u0000'
                + Optional.ofNullable(entry.getUpdatedDate()).map(Date::getTime).orElse(0L)
                + '\u0000'
                + text);
    return Optional.of(new FeedItem(guid, link, title, published, authors, text, fingerprint));
  }

  /** The entry's content when it has some, else its description; HTML as the feed gives it. */
  private static String text(SyndEntry entry) {
    StringBuilder content = new StringBuilder();
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null) {
        content.append(c.getValue()).append('\n');
      }
    }
    if (content.toString().isBlank() && entry.getDescription() != null) {
      content.append(Optional.ofNullable(entry.getDescription().getValue()).orElse(""));
    }
    return content.toString();
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "unknown reason" : message.lines().findFirst().orElse("");
  }
}
