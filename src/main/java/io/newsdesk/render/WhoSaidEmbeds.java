package io.newsdesk.render;

import io.newsdesk.ingest.OneLine;
import io.newsdesk.search.Citation;
import io.newsdesk.search.QuoteRecord;
import io.newsdesk.whosaid.WhoSaidAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders who-said replies and lists of quotations as embeds: the quotation verbatim, its speaker
 * only when an article names them, and every article that carries it.
 */
public final class WhoSaidEmbeds {
  static final String NO_MATCH =
      "I couldn't find those words in the indexed news, so I won't guess who said them.";
  static final String EMPTY = "Type a few words of the quotation, for example: “NATO membership”.";
  static final String NOT_A_QUOTE = "Those words are in the news, but not as anyone's quotation:";
  static final String UNATTRIBUTED = "No article says who said this:";

  private WhoSaidEmbeds() {}

  public static EmbedReply render(WhoSaidAnswer answer) {
    return switch (answer.status()) {
      case EMPTY -> EmbedReply.text(EMPTY);
      case NO_MATCH -> EmbedReply.text(NO_MATCH);
      case NOT_A_QUOTE -> AnswerEmbeds.excerpts(answer.mentions(), NOT_A_QUOTE);
      case FOUND, UNATTRIBUTED ->
          answer
              .quote()
              .map(quote -> quotation(quote, answer.sources(), answer.status()))
              .orElseGet(() -> EmbedReply.text(NO_MATCH));
    };
  }

  /** What a person said: one embed per quotation, newest first. */
  public static EmbedReply quotesBy(String speaker, List<QuoteRecord> quotes) {
    if (quotes.isEmpty()) {
      return EmbedReply.text(
          "I found no quotations by "
              + Fit.escaped(OneLine.of(speaker, 100), 100)
              + " in the indexed news. Try another spelling of the name.");
    }
    List<EmbedReply.Embed> embeds = new ArrayList<>();
    int remaining = EmbedReply.TOTAL_LIMIT;
    int count = Math.min(quotes.size(), EmbedReply.EMBEDS_LIMIT);
    for (int i = 0; i < count; i++) {
      QuoteRecord quote = quotes.get(i);
      String title =
          Fit.escaped(speakerLine(quote).orElse(OneLine.of(speaker, 100)), EmbedReply.TITLE_LIMIT);
      Optional<String> footer = AnswerEmbeds.footer(quote.citation());
      int fixed = title.length() + footer.map(String::length).orElse(0);
      int room = Math.min(EmbedReply.DESCRIPTION_LIMIT, (remaining - fixed) / (count - i)) - 1;
      String text = Quotes.blockQuote(quote.text(), List.of(), room);
      String source = "\n" + AnswerRenderer.citation(quote.citation());
      String description = text.length() + source.length() <= room ? text + source : text;
      if (text.isEmpty()) {
        continue;
      }
      embeds.add(
          new EmbedReply.Embed(
              title,
              quote.citation().url().filter(AnswerEmbeds::isWebLink),
              description,
              footer,
              Optional.empty()));
      remaining -= fixed + description.length();
    }
    return new EmbedReply("", embeds, List.of());
  }

  private static EmbedReply quotation(
      QuoteRecord quote, List<QuoteRecord> sources, WhoSaidAnswer.Status status) {
    String title =
        status == WhoSaidAnswer.Status.FOUND
            ? speakerLine(quote).map(s -> Fit.escaped("— " + s, 256)).orElse("Quotation")
            : "Quotation";
    List<Citation> citations = new ArrayList<>();
    citations.add(quote.citation());
    sources.stream()
        .map(QuoteRecord::citation)
        .filter(c -> citations.stream().noneMatch(k -> k.identity().equals(c.identity())))
        .forEach(citations::add);
    int room = EmbedReply.DESCRIPTION_LIMIT - 200;
    StringBuilder description = new StringBuilder(Quotes.blockQuote(quote.text(), List.of(), room));
    description.append("\n\n**Source").append(citations.size() == 1 ? "" : "s").append("**");
    for (Citation citation : citations) {
      String line = "\n• " + AnswerRenderer.citation(citation);
      if (description.length() + line.length() + 2 > EmbedReply.DESCRIPTION_LIMIT) {
        description.append("\n…"); // whole lines only: a link is never cut
        break;
      }
      description.append(line);
    }
    EmbedReply.Embed embed =
        new EmbedReply.Embed(
            title,
            quote.citation().url().filter(AnswerEmbeds::isWebLink),
            description.toString(),
            AnswerEmbeds.footer(quote.citation()),
            Optional.empty());
    String content = status == WhoSaidAnswer.Status.UNATTRIBUTED ? UNATTRIBUTED : "";
    return new EmbedReply(
        content,
        List.of(embed),
        AnswerEmbeds.links(citations.stream().map(Citation::url).toList()));
  }

  /** "Pete Hegseth, US Defense Secretary", when the article names the speaker. */
  static Optional<String> speakerLine(QuoteRecord quote) {
    return quote
        .speaker()
        .map(s -> quote.role().map(r -> s + ", " + r).orElse(s))
        .map(WhoSaidEmbeds::capitalised);
  }

  /** "Another commenter": a description standing as a title starts with a capital. */
  static String capitalised(String line) {
    return line.isEmpty() || !Character.isLowerCase(line.charAt(0))
        ? line
        : Character.toUpperCase(line.charAt(0)) + line.substring(1);
  }
}
