package io.newsdesk.render;

import io.newsdesk.answer.Answer;
import io.newsdesk.ingest.OneLine;
import io.newsdesk.search.QuoteRecord;
import io.newsdesk.whosaid.WhoSaidAnswer;
import java.util.List;

/**
 * Renders who-said replies and a speaker's quotations as the Discord message the bot posts. A
 * quotation is shown whole, between quote marks, exactly as printed; a speaker is named only when
 * an article names one.
 */
public final class WhoSaidRenderer {
  static final String NO_MATCH =
      "I couldn't find those words in the indexed news, so I can't say who said them.";
  static final String EMPTY =
      "Give me a few words of the quotation, for example: “NATO membership is not realistic”.";
  static final String NOT_A_QUOTE =
      "Nobody is quoted saying that, but the words appear in the news:";
  static final String UNATTRIBUTED =
      "These words are quoted in the news, but no article says who said them:";

  private WhoSaidRenderer() {}

  public static String render(WhoSaidAnswer answer) {
    return switch (answer.status()) {
      case EMPTY -> EMPTY;
      case NO_MATCH -> NO_MATCH;
      case NOT_A_QUOTE ->
          NOT_A_QUOTE
              + "\n\n"
              + AnswerRenderer.render(
                  new Answer(answer.phrase(), Answer.Status.ANSWERED, answer.mentions()),
                  AnswerRenderer.MESSAGE_LIMIT - NOT_A_QUOTE.length() - 2);
      case UNATTRIBUTED ->
          quoteWithSources(UNATTRIBUTED, answer.quote().orElseThrow(), answer.sources());
      case FOUND ->
          quoteWithSources(
              opening(speakerLine(answer.quote().orElseThrow())) + " said:",
              answer.quote().orElseThrow(),
              answer.sources());
    };
  }

  /** "**Pete Hegseth** (US Defense Secretary)". */
  public static String speakerLine(QuoteRecord quote) {
    String name = "**" + DiscordMarkdown.escape(quote.speaker().orElseThrow()) + "**";
    return quote.role().map(role -> name + " (" + DiscordMarkdown.escape(role) + ")").orElse(name);
  }

  /** "**Another commenter** said:": a description opening the reply starts with a capital. */
  private static String opening(String line) {
    return line.startsWith("**")
        ? "**" + WhoSaidEmbeds.capitalised(line.substring(2))
        : WhoSaidEmbeds.capitalised(line);
  }

  private static String quoteWithSources(
      String heading, QuoteRecord quote, List<QuoteRecord> sources) {
    StringBuilder out = new StringBuilder(heading).append('\n');
    int room = AnswerRenderer.MESSAGE_LIMIT - out.length() - 200;
    out.append(Quotes.quoted(quote.text(), room));
    for (QuoteRecord source : sources) {
      String line = "\n— " + AnswerRenderer.citation(source.citation());
      if (out.length() + line.length() > AnswerRenderer.MESSAGE_LIMIT) {
        break;
      }
      out.append(line);
    }
    return out.toString();
  }

  /** What a speaker said, newest first, each with its source. */
  /** How much of a speaker's name, as typed, a reply repeats. */
  static final int SPEAKER_ECHO = 100;

  public static String renderQuotes(String speaker, List<QuoteRecord> quotes) {
    if (quotes.isEmpty()) {
      return "I found no quotations of "
          + Fit.escaped(OneLine.of(speaker.strip(), SPEAKER_ECHO), SPEAKER_ECHO + 20)
          + " in the indexed news.";
    }
    StringBuilder out =
        new StringBuilder("What " + speakerLine(quotes.get(0)) + " said, newest first:");
    for (QuoteRecord quote : quotes) {
      String source = "\n— " + AnswerRenderer.citation(quote.citation());
      int room = AnswerRenderer.MESSAGE_LIMIT - out.length() - source.length() - 2;
      if (room < 80) {
        break;
      }
      out.append("\n\n").append(Quotes.quoted(quote.text(), room)).append(source);
    }
    return out.toString();
  }
}
