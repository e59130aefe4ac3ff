package io.newsdesk.render;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A chat reply as plain data: text, embeds and link buttons, already within Discord's limits. The
 * Discord adapter turns it into a message; nothing here depends on a Discord library.
 */
public record EmbedReply(String content, List<Embed> embeds, List<Link> links) {
  /** Message content. */
  public static final int CONTENT_LIMIT = 2000;

  /** Embed title, author name and field name. */
  public static final int TITLE_LIMIT = 256;

  /** Embed description. */
  public static final int DESCRIPTION_LIMIT = 4096;

  /** Embed footer. */
  public static final int FOOTER_LIMIT = 2048;

  /** All embeds of one message together. */
  public static final int TOTAL_LIMIT = 6000;

  /** Embeds per message. */
  public static final int EMBEDS_LIMIT = 10;

  /** Buttons in one row. */
  public static final int LINKS_LIMIT = 5;

  /** Button label. */
  public static final int LABEL_LIMIT = 80;

  /** Link button URL. */
  public static final int URL_LIMIT = 512;

  public EmbedReply {
    embeds = List.copyOf(embeds);
    links = List.copyOf(links);
    if (content.length() > CONTENT_LIMIT
        || embeds.size() > EMBEDS_LIMIT
        || links.size() > LINKS_LIMIT
        || embeds.stream().mapToInt(Embed::length).sum() > TOTAL_LIMIT) {
      throw new IllegalArgumentException("reply over Discord's limits");
    }
  }

  public static EmbedReply text(String content) {
    return new EmbedReply(content, List.of(), List.of());
  }

  /**
   * One embed: the title links to {@code url} when known; {@code footer} names publisher and day.
   */
  public record Embed(
      String title,
      Optional<String> url,
      String description,
      Optional<String> footer,
      Optional<Instant> timestamp) {
    public Embed {
      if (title.length() > TITLE_LIMIT
          || description.length() > DESCRIPTION_LIMIT
          || footer.map(String::length).orElse(0) > FOOTER_LIMIT) {
        throw new IllegalArgumentException("embed over Discord's limits");
      }
    }

    /** What counts towards the 6000 characters of a message's embeds. */
    public int length() {
      return title.length() + description.length() + footer.map(String::length).orElse(0);
    }
  }

  /** A button that opens a web page. */
  public record Link(String label, String url) {
    public Link {
      if (label.isEmpty() || label.length() > LABEL_LIMIT || url.length() > URL_LIMIT) {
        throw new IllegalArgumentException("link button over Discord's limits");
      }
    }
  }
}
