package io.newsdesk.discord;

import io.newsdesk.metrics.Meters;
import io.newsdesk.render.EmbedReply;
import java.util.List;

/**
 * What a command answers: the first page is sent, further pages are behind the "More sources"
 * button. Ephemeral replies are seen only by the user who asked.
 *
 * @param outcome how the question ended, for the meters
 */
public record Reply(List<EmbedReply> pages, boolean ephemeral, Meters.Outcome outcome) {
  public Reply {
    pages = List.copyOf(pages);
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("a reply has at least one page");
    }
  }

  public Reply(List<EmbedReply> pages, boolean ephemeral) {
    this(pages, ephemeral, Meters.Outcome.ANSWERED);
  }

  /** The same reply, ending its question otherwise (it says that nothing matched, say). */
  public Reply endedAs(Meters.Outcome other) {
    return new Reply(pages, ephemeral, other);
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
