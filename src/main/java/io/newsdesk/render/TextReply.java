package io.newsdesk.render;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.Excerpt;
import io.newsdesk.search.Citation;
import io.newsdesk.search.QuoteRecord;
import io.newsdesk.whosaid.WhoSaidAnswer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Replies as plain text for a terminal: quoted words on "> " lines, exactly as the article has them
 * (no markdown escapes, no bold, no length cut), each followed by where they come from. What {@code
 * newsdesk ask}, {@code who-said} and {@code quotes} print unless told otherwise.
 */
public final class TextReply {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private TextReply() {}

  public static String answer(Answer answer) {
    if (answer.status() != Answer.Status.ANSWERED) {
      return DiscordMarkdown.unescape(AnswerRenderer.render(answer)).replace("`", "");
    }
    String corrected = AnswerRenderer.corrections(answer);
    return (corrected.isEmpty() ? "" : corrected + "\n\n") + excerpts(answer.excerpts());
  }

  static String excerpts(List<Excerpt> excerpts) {
    StringBuilder out = new StringBuilder();
    for (Excerpt excerpt : excerpts) {
      if (!out.isEmpty()) {
        out.append("\n\n");
      }
      String text =
          (excerpt.cutBefore() ? "… " : "") + excerpt.text() + (excerpt.cutAfter() ? " …" : "");
      out.append(quote(text)).append('\n').append(citation(excerpt.citation()));
    }
    return out.toString();
  }

  public static String whoSaid(WhoSaidAnswer answer) {
    return switch (answer.status()) {
      case EMPTY -> WhoSaidRenderer.EMPTY;
      case NO_MATCH -> WhoSaidRenderer.NO_MATCH;
      case NOT_A_QUOTE -> WhoSaidRenderer.NOT_A_QUOTE + "\n\n" + excerpts(answer.mentions());
      case UNATTRIBUTED ->
          quotation(WhoSaidRenderer.UNATTRIBUTED, answer.quote().orElseThrow(), answer.sources());
      case FOUND ->
          quotation(
              WhoSaidEmbeds.capitalised(speaker(answer.quote().orElseThrow())) + " said:",
              answer.quote().orElseThrow(),
              answer.sources());
    };
  }

  public static String quotesBy(String speaker, List<QuoteRecord> quotes) {
    if (quotes.isEmpty()) {
      return "I found no quotations of "
          + io.newsdesk.ingest.OneLine.of(speaker.strip(), WhoSaidRenderer.SPEAKER_ECHO)
          + " in the indexed news.";
    }
    StringBuilder out =
        new StringBuilder("What " + speaker(quotes.get(0)) + " said, newest first:");
    for (QuoteRecord quote : quotes) {
      out.append("\n\n")
          .append(quote("“" + quote.text() + "”"))
          .append('\n')
          .append(citation(quote.citation()));
    }
    return out.toString();
  }

  /** "Pete Hegseth (US Defense Secretary)". */
  static String speaker(QuoteRecord quote) {
    String name = quote.speaker().orElseThrow();
    return quote.role().map(role -> name + " (" + role + ")").orElse(name);
  }

  private static String quotation(String heading, QuoteRecord quote, List<QuoteRecord> sources) {
    StringBuilder out = new StringBuilder(heading).append('\n');
    out.append(quote("“" + quote.text() + "”"));
    for (QuoteRecord source : sources) {
      out.append('\n').append(citation(source.citation()));
    }
    return out.toString();
  }

  private static String quote(String text) {
    return "> " + text.replace("\n", "\n> ");
  }

  /** "— Title · publisher · day" and the address on the next line, when known. */
  static String citation(Citation citation) {
    StringBuilder line = new StringBuilder("— ").append(citation.title());
    citation.source().ifPresent(s -> line.append(" · ").append(s));
    citation.published().ifPresent(d -> line.append(" · ").append(DAY.format(d)));
    citation.url().ifPresent(u -> line.append("\n  ").append(u));
    return line.toString();
  }
}
