package io.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.answer.Excerpt;
import io.newsdesk.search.Citation;
import io.newsdesk.search.QuoteRecord;
import io.newsdesk.whosaid.WhoSaidAnswer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Who-said replies render whole quotations, named speakers and sources in 2000 chars")
final class WhoSaidRendererTest {
  private static final String HEGSETH =
      "The United States does not believe that NATO membership for Ukraine is a realistic outcome"
          + " of a negotiated settlement";

  private static Citation citation(String id, String title) {
    return new Citation(
        id,
        title,
        Optional.of("thehill.com"),
        Optional.of(LocalDate.of(2025, 2, 12)),
        Optional.of("https://thehill.com/" + id),
        "test#" + id);
  }

  private static QuoteRecord quote(String id, String text, String speaker, String role) {
    return new QuoteRecord(
        text,
        Optional.ofNullable(speaker),
        Optional.ofNullable(role),
        citation(id, "Hegseth rules out NATO membership for Ukraine"),
        0,
        text.length());
  }

  private static WhoSaidAnswer found(QuoteRecord quote, List<QuoteRecord> sources) {
    return new WhoSaidAnswer(
        "phrase", WhoSaidAnswer.Status.FOUND, Optional.of(quote), sources, List.of());
  }

  private static String sentences(int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      out.append(out.isEmpty() ? "" : " ")
          .append("We will hold talk number ")
          .append(i)
          .append('.');
    }
    return out.toString();
  }

  /** The text between the quote marks of the first "> “…”" line. */
  private static String quoted(String message) {
    int open = message.indexOf("> “") + 3;
    int close = message.indexOf('”', open);
    return message.substring(open, close);
  }

  @Test
  @DisplayName("a found quotation names the speaker in bold with the role, then the sources")
  void found() {
    QuoteRecord q = quote("a", HEGSETH, "Pete Hegseth", "US Defense Secretary");

    String message = WhoSaidRenderer.render(found(q, List.of(q, quote("b", HEGSETH, null, null))));

    assertThat(message).startsWith("**Pete Hegseth** (US Defense Secretary) said:\n> “");
    assertThat(quoted(message)).isEqualTo(HEGSETH);
    assertThat(message).contains("(<https://thehill.com/a>)").contains("(<https://thehill.com/b>)");
  }

  @Test
  @DisplayName("a huge quotation and many long sources still fit in 2000 characters, cut with …")
  void hugeQuotationFits() {
    String huge = sentences(800);
    String longTitle = "A very long headline about NATO and Ukraine and the talks ".repeat(6);
    List<QuoteRecord> sources = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sources.add(
          new QuoteRecord(
              huge, Optional.empty(), Optional.empty(), citation("s" + i, longTitle), 0, 1));
    }

    String message =
        WhoSaidRenderer.render(
            found(quote("a", huge, "Mark Rutte", "NATO Secretary General"), sources));

    assertThat(message.length()).isLessThanOrEqualTo(AnswerRenderer.MESSAGE_LIMIT);
    String shown = quoted(message);
    assertThat(shown).endsWith(" …");
    assertThat(huge).startsWith(DiscordMarkdown.unescape(shown.substring(0, shown.length() - 2)));
    assertThat(shown.substring(0, shown.length() - 2)).endsWith(".");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We will *not* send _troops_, @everyone <@&123>.",
        "Say ~~no~~ to `this` | and [that](https://x.example).",
      })
  @DisplayName("markdown in a quotation is escaped and unescaping gives back the exact words")
  void quotationIsEscaped(String text) {
    String message = WhoSaidRenderer.render(found(quote("a", text, "Mark Rutte", null), List.of()));

    assertThat(DiscordMarkdown.unescape(quoted(message))).isEqualTo(text);
    assertThat(message).doesNotContainPattern("(?<!\\\\)@everyone");
  }

  @Test
  @DisplayName("markdown in a speaker's name or role is escaped")
  void speakerIsEscaped() {
    QuoteRecord q = quote("a", HEGSETH, "Pete_Hegseth*", "@everyone");

    assertThat(WhoSaidRenderer.speakerLine(q)).isEqualTo("**Pete\\_Hegseth\\*** (\\@everyone)");
  }

  @Test
  @DisplayName("a speaker the article only describes opens the reply with a capital")
  void describedSpeakerOpensWithACapital() {
    QuoteRecord q = quote("a", HEGSETH, "another commenter", null);

    assertThat(WhoSaidRenderer.render(found(q, List.of(q))))
        .startsWith("**Another commenter** said:");
    assertThat(WhoSaidRenderer.speakerLine(q)).isEqualTo("**another commenter**");
  }

  @Test
  @DisplayName("an unattributed quotation names nobody")
  void unattributed() {
    QuoteRecord q = quote("a", HEGSETH, null, null);

    String message =
        WhoSaidRenderer.render(
            new WhoSaidAnswer(
                "p", WhoSaidAnswer.Status.UNATTRIBUTED, Optional.of(q), List.of(q), List.of()));

    assertThat(message).startsWith(WhoSaidRenderer.UNATTRIBUTED).doesNotContain(" said:");
    assertThat(quoted(message)).isEqualTo(HEGSETH);
  }

  @Test
  @DisplayName("NO_MATCH and EMPTY have their own short texts")
  void statusTexts() {
    WhoSaidAnswer noMatch =
        new WhoSaidAnswer(
            "x", WhoSaidAnswer.Status.NO_MATCH, Optional.empty(), List.of(), List.of());
    WhoSaidAnswer empty =
        new WhoSaidAnswer("", WhoSaidAnswer.Status.EMPTY, Optional.empty(), List.of(), List.of());

    assertThat(WhoSaidRenderer.render(noMatch)).isEqualTo(WhoSaidRenderer.NO_MATCH);
    assertThat(WhoSaidRenderer.render(empty)).isEqualTo(WhoSaidRenderer.EMPTY);
  }

  @Test
  @DisplayName("words that are nobody's quotation show where they appear, within 2000 characters")
  void notAQuoteFits() {
    String huge = sentences(800);
    List<Excerpt> mentions = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      mentions.add(
          new Excerpt(citation("m" + i, "Mention " + i), huge, 0, huge.length(), List.of(), 3 - i));
    }

    String message =
        WhoSaidRenderer.render(
            new WhoSaidAnswer(
                "talks", WhoSaidAnswer.Status.NOT_A_QUOTE, Optional.empty(), List.of(), mentions));

    assertThat(message).startsWith(WhoSaidRenderer.NOT_A_QUOTE + "\n\n> ");
    assertThat(message.length()).isLessThanOrEqualTo(AnswerRenderer.MESSAGE_LIMIT);
  }

  @Test
  @DisplayName("a speaker's many long quotations fit in 2000 characters, newest first as given")
  void quotesFit() {
    List<QuoteRecord> quotes = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      quotes.add(quote("q" + i, sentences(30 + i), "Pete Hegseth", "US Defense Secretary"));
    }

    String message = WhoSaidRenderer.renderQuotes("Hegseth", quotes);

    assertThat(message.length()).isLessThanOrEqualTo(AnswerRenderer.MESSAGE_LIMIT);
    assertThat(message)
        .startsWith("What **Pete Hegseth** (US Defense Secretary) said, newest first:")
        .contains("(<https://thehill.com/q0>)");
  }

  @Test
  @DisplayName("a speaker with no quotations gets one escaped sentence")
  void noQuotes() {
    assertThat(WhoSaidRenderer.renderQuotes(" _Nobody_ ", List.of()))
        .isEqualTo("I found no quotations of \\_Nobody\\_ in the indexed news.");
  }
}
