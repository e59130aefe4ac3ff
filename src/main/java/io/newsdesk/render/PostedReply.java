package io.newsdesk.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A reply as the bot posts it, written out as Discord markdown: the message text, then each embed
 * as its linked title, its description (the block-quoted excerpts) and its footer. What {@code ask
 * --format discord} prints and what the evaluation scores and writes with {@code --replies}.
 */
public final class PostedReply {
  private PostedReply() {}

  public static String markdown(EmbedReply reply) {
    List<String> parts = new ArrayList<>();
    if (!reply.content().isBlank()) {
      parts.add(reply.content());
    }
    for (EmbedReply.Embed embed : reply.embeds()) {
      StringBuilder out = new StringBuilder();
      out.append(
          embed
              .url()
              .map(u -> "**[" + embed.title() + "](<" + u + ">)**")
              .orElse("**" + embed.title() + "**"));
      out.append('\n').append(embed.description());
      embed.footer().ifPresent(f -> out.append("\n— ").append(DiscordMarkdown.escape(f)));
      parts.add(out.toString());
    }
    return String.join("\n\n", parts);
  }

  /**
   * The quoted text of a reply: its block-quote lines ({@code > }), without the markers, bold marks
   * and escapes, as a reader sees them. A cut still shows its "…".
   */
  public static String quotedText(String markdown) {
    StringBuilder shown = new StringBuilder();
    for (String line : markdown.split("\n")) {
      if (line.startsWith("> ")) {
        shown.append(DiscordMarkdown.unescape(line.substring(2).replace("**", ""))).append('\n');
      } else if (line.equals(">")) {
        shown.append('\n');
      }
    }
    return shown.toString();
  }
}
