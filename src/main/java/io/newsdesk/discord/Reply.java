package io.newsdesk.discord;

import io.newsdesk.render.EmbedReply;
import java.util.List;

/**
 * What a command answers: the first page is sent, further pages are behind the "More sources"
 * button. Ephemeral replies are seen only by the user who asked.
 */
public record Reply(List<EmbedReply> pages, boolean ephemeral) {
  public Reply {
    pages = List.copyOf(pages);
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("a reply has at least one page");
    }
  }

  public static Reply of(EmbedReply page) {
    return new Reply(List.of(page), false);
  }

  public static Reply text(String content) {
    return of(EmbedReply.text(content));
  }

  public static Reply privately(String content) {
    return new Reply(List.of(EmbedReply.text(content)), true);
  }

  public EmbedReply first() {
    return pages.get(0);
  }
}
