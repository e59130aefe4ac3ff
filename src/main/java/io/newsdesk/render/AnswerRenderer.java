package io.newsdesk.render;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.Excerpt;
import io.newsdesk.search.Citation;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Renders an {@link Answer} as the Discord message the bot posts, and the terminal prints: each
 * excerpt as a block quote with the question's words in bold, followed by its source. The quoted
 * words are the article's own; only markdown escapes and bold marks are added.
 */
public final class AnswerRenderer {
  /** Discord's limit on message content. */
  public static final int MESSAGE_LIMIT = 2000;

  static final String NO_MATCH =
      "I couldn't find anything in the indexed news that answers that, so I won't guess."
          + " Try other words, or list what is indexed with `sources`.";
  static final String TOO_SLOW =
      "That question took too long to answer, so I stopped. Try fewer or more specific words.";
  static final String NOT_A_QUESTION =
      "Ask me something about the news, for example: “Will Ukraine join NATO?”";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  /** Titles are the article's, not quotes: a very long one is shortened on a word end. */
  static final int TITLE_MAX = 200;

  private AnswerRenderer() {}

  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max - 1);
    return text.substring(0, cut > max / 2 ? cut : max - 1) + "…";
  }

  public static String render(Answer answer) {
    return render(answer, MESSAGE_LIMIT);
  }

  /** The reply in at most {@code limit} characters, for when it shares a message. */
  public static String render(Answer answer, int limit) {
    return switch (answer.status()) {
      case NOT_A_QUESTION -> NOT_A_QUESTION;
      case NO_MATCH -> NO_MATCH;
      case TOO_SLOW -> TOO_SLOW;
      case ANSWERED -> {
        String corrected = corrections(answer);
        String heading = corrected.isEmpty() ? "" : DiscordMarkdown.escape(corrected) + "\n\n";
        yield heading + excerpts(answer.excerpts(), limit - heading.length());
      }
    };
  }

  /**
   * "Spelling corrected: Ukrane → Ukraine, jion → join." when the answer was found only after
   * correcting the question's words, else empty.
   */
  public static String corrections(Answer answer) {
    if (answer.corrections().isEmpty()) {
      return "";
    }
    return "Spelling corrected: "
        + String.join(
            ", ", answer.corrections().stream().map(c -> c.from() + " → " + c.to()).toList())
        + ".";
  }

  private static String excerpts(List<Excerpt> excerpts, int limit) {
    StringBuilder out = new StringBuilder();
    for (Excerpt excerpt : excerpts) {
      String source = "— " + citation(excerpt.citation());
      int room = limit - out.length() - source.length() - (out.isEmpty() ? 3 : 5);
      String quote = Quotes.blockQuote(excerpt, room);
      if (quote.isEmpty()) {
        break;
      }
      out.append(out.isEmpty() ? "" : "\n\n").append(quote).append('\n').append(source);
    }
    return out.toString();
  }

  /** Title (linked when the URL is known), publisher and day; unknown parts are left out. */
  public static String citation(Citation citation) {
    String title = DiscordMarkdown.escape(shorten(citation.title(), TITLE_MAX));
    StringBuilder line = new StringBuilder();
    line.append(
        citation.url().map(url -> "[" + title + "](<" + url + ">)").orElse("*" + title + "*"));
    citation
        .source()
        .ifPresent(source -> line.append(" · ").append(DiscordMarkdown.escape(source)));
    citation.published().ifPresent(day -> line.append(" · ").append(DAY.format(day)));
    return line.toString();
  }
}
