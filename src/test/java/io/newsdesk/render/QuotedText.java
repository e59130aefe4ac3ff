package io.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a reply shows as quoted article text, read back the way a person reads it: the block quotes
 * ({@code > } lines) without bold marks, escapes, the "…" that marks a cut, or the quote marks
 * around a quotation. Every such text must be in the article, word for word.
 */
public final class QuotedText {
  private static final Pattern UNESCAPED_PING = Pattern.compile("(?<!\\\\)@(everyone|here)");
  private static final Pattern UNESCAPED_MENTION = Pattern.compile("(?<!\\\\)<(?!https?:)[@#]");

  private QuotedText() {}

  /** The quoted texts of a reply in Discord markdown. */
  public static List<String> of(String markdown) {
    List<String> out = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (String line : (markdown + "\n").split("\n", -1)) {
      if (line.startsWith(">")) {
        block.add(line.startsWith("> ") ? line.substring(2) : line.substring(1));
      } else if (!block.isEmpty()) {
        out.add(plain(String.join("\n", block)));
        block.clear();
      }
    }
    return out.stream().filter(s -> !s.isBlank()).toList();
  }

  private static String plain(String quoted) {
    String text = DiscordMarkdown.unescape(quoted.replace("**", ""));
    if (text.endsWith(" …")) {
      text = text.substring(0, text.length() - 2);
    }
    if (text.startsWith("… ")) {
      text = text.substring(2);
    }
    if (text.startsWith("“") && text.endsWith("”") && text.length() >= 2) {
      text = text.substring(1, text.length() - 1);
    }
    if (text.endsWith("…")) {
      text = text.substring(0, text.length() - 1);
    }
    return text.strip();
  }

  /** Whitespace folded to single spaces: the only liberty a quote may take. */
  public static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** Every quoted text of the reply is in one of the articles, word for word. */
  public static void assertVerbatim(String markdown, String allArticlesCollapsed) {
    for (String quote : of(markdown)) {
      assertThat(allArticlesCollapsed).as("quoted in %s", markdown).contains(collapse(quote));
    }
  }

  /** No @everyone, @here or <@…> that Discord would turn into a ping. */
  public static void assertNoPings(String markdown) {
    assertThat(UNESCAPED_PING.matcher(markdown).find()).as("ping in %s", markdown).isFalse();
    assertThat(UNESCAPED_MENTION.matcher(markdown).find()).as("mention in %s", markdown).isFalse();
  }
}
