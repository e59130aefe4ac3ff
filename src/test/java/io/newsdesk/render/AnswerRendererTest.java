package io.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.Excerpt;
import io.newsdesk.search.Citation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Answers render as Discord messages: verbatim, escaped, and within 2000 characters")
final class AnswerRendererTest {
  private static final String URL =
      "https://thehill.com/policy/defense/5140389-hegseth-nato-membership-ukraine-russia/";

  private static Citation citation(String id) {
    return new Citation(
        id,
        "Hegseth rules out NATO membership for Ukraine in peace deal with Russia",
        Optional.of("thehill.com"),
        Optional.of(LocalDate.of(2025, 2, 12)),
        Optional.of(URL + id),
        "test#" + id);
  }

  private static Excerpt excerpt(String id, String text) {
    return new Excerpt(citation(id), text, 0, text.length(), List.of(), 1);
  }

  private static Answer answered(Excerpt... excerpts) {
    return new Answer("q", Answer.Status.ANSWERED, List.of(excerpts));
  }

  private static String sentences(int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      out.append(out.isEmpty() ? "" : " ")
          .append("Officials met in Brussels for round ")
          .append(i)
          .append(" of the talks on aid.");
    }
    return out.toString();
  }

  /** The block quote that opens the message, as plain text: "> " and escapes removed. */
  private static String firstQuote(String message) {
    List<String> lines = new ArrayList<>();
    for (String line : message.split("\n", -1)) {
      if (!line.startsWith(">")) {
        break;
      }
      lines.add(line.startsWith("> ") ? line.substring(2) : line.substring(1));
    }
    return String.join("\n", lines);
  }

  @Test
  @DisplayName("huge excerpts still give a message of at most 2000 characters")
  void hugeExcerptsFit() {
    String huge = sentences(300);

    String message = AnswerRenderer.render(answered(excerpt("a", huge), excerpt("b", huge)));

    assertThat(huge.length()).isGreaterThan(10_000);
    assertThat(message.length()).isLessThanOrEqualTo(AnswerRenderer.MESSAGE_LIMIT);
    assertThat(message).contains("— [Hegseth rules out NATO membership");
  }

  @Test
  @DisplayName("many medium excerpts fit too, each quote followed by its source")
  void manyExcerptsFit() {
    List<Excerpt> excerpts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      excerpts.add(excerpt("article" + i, sentences(12)));
    }

    String message = AnswerRenderer.render(answered(excerpts.toArray(Excerpt[]::new)));

    assertThat(message.length()).isLessThanOrEqualTo(AnswerRenderer.MESSAGE_LIMIT);
    assertThat(message).startsWith("> ").contains("\n— [");
    assertThat(message.strip()).doesNotEndWith(">");
  }

  @Test
  @DisplayName("a cut quote ends at a sentence end, marked with …, and is a true prefix")
  void cutOnSentenceEnd() {
    String huge = sentences(300);

    String quote = firstQuote(AnswerRenderer.render(answered(excerpt("a", huge))));

    assertThat(quote).endsWith(" …");
    String shown = DiscordMarkdown.unescape(quote.substring(0, quote.length() - 2));
    assertThat(huge).startsWith(shown);
    assertThat(shown).endsWith("aid.");
    assertThat(shown.length()).isGreaterThan(1500);
  }

  @Test
  @DisplayName("a quote without sentence ends is cut after a whole word, marked with …")
  void cutOnWordEnd() {
    String huge = "the convoy crossed the border without stopping anywhere ".repeat(100).strip();

    String quote = firstQuote(AnswerRenderer.render(answered(excerpt("a", huge))));

    assertThat(quote).endsWith(" …");
    String shown = DiscordMarkdown.unescape(quote.substring(0, quote.length() - 2));
    assertThat(huge).startsWith(shown);
    assertThat(Character.isWhitespace(huge.charAt(shown.length()))).isTrue();
    assertThat(shown.charAt(shown.length() - 1)).isNotEqualTo(' ');
  }

  @Test
  @DisplayName("a 5 MB excerpt is cut exactly as its first few thousand characters would be")
  void hugeExcerptIsCutLikeItsBeginning() {
    String beginning = sentences(60);
    String huge = beginning + " " + "and the talks went on without a pause ".repeat(140_000);

    String fromHuge = AnswerRenderer.render(answered(excerpt("a", huge)));
    String fromBeginning = AnswerRenderer.render(answered(excerpt("a", beginning)));

    assertThat(huge.length()).isGreaterThan(5_000_000);
    assertThat(fromHuge).isEqualTo(fromBeginning);
    assertThat(firstQuote(fromHuge)).endsWith("aid. …");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Use *bold* and _under_ here, @everyone and <@&123>.",
        "Ping <@123456789> or @here: see [a link](https://evil.example) ~~gone~~ `code`.",
        "- a line that looks like a list\n# and a heading\n> and a quote",
        "A backslash \\* before a star, and C:\\path\\to\\file | pipes || spoilers ||.",
        "Paragraph one ends here.\n\nParagraph two: https://example.com/x_y_z",
      })
  @DisplayName("markdown in article text is escaped and unescaping gives back the exact text")
  void markdownIsEscaped(String text) {
    String message = AnswerRenderer.render(answered(excerpt("a", text)));

    assertThat(DiscordMarkdown.unescape(firstQuote(message))).isEqualTo(text);
    assertThat(message).doesNotContainPattern("(?<!\\\\)@(everyone|here)");
    assertThat(message).doesNotContainPattern("(?<!\\\\)<(?!https?://)");
  }

  @Test
  @DisplayName("@everyone, <@&123>, * and _ appear only backslash-escaped")
  void specialCharactersAreEscaped() {
    String message =
        AnswerRenderer.render(answered(excerpt("a", "Hi @everyone <@&123> *x* _y_ done.")));

    assertThat(firstQuote(message)).isEqualTo("Hi \\@everyone \\<\\@&123\\> \\*x\\* \\_y\\_ done.");
  }

  @Test
  @DisplayName("highlighted words are bold and the rest stays verbatim")
  void highlightsAreBold() {
    String text = "Ukraine will not join NATO soon, officials said.";
    int at = text.indexOf("NATO");
    Excerpt excerpt =
        new Excerpt(
            citation("a"), text, 0, text.length(), List.of(new Excerpt.Highlight(at, at + 4)), 1);

    String quote = firstQuote(AnswerRenderer.render(answered(excerpt)));

    assertThat(quote).contains("**NATO**");
    assertThat(quote.replace("**", "")).isEqualTo(text);
  }

  @Test
  @DisplayName("NO_MATCH and NOT_A_QUESTION have their own short texts")
  void statusTexts() {
    String noMatch = AnswerRenderer.render(new Answer("q", Answer.Status.NO_MATCH, List.of()));
    String notAQuestion =
        AnswerRenderer.render(new Answer("", Answer.Status.NOT_A_QUESTION, List.of()));

    assertThat(noMatch).isEqualTo(AnswerRenderer.NO_MATCH).contains("won't guess");
    assertThat(notAQuestion)
        .isEqualTo(AnswerRenderer.NOT_A_QUESTION)
        .contains("Will Ukraine join NATO?");
    assertThat(noMatch).isNotEqualTo(notAQuestion);
  }

  @Test
  @DisplayName("a full citation links the title and shows publisher and day")
  void fullCitation() {
    assertThat(AnswerRenderer.citation(citation("a")))
        .isEqualTo(
            "[Hegseth rules out NATO membership for Ukraine in peace deal with Russia](<"
                + URL
                + "a>) · thehill.com · 12 Feb 2025");
  }

  @Test
  @DisplayName("a citation without url or date shows neither a link nor a day")
  void citationWithoutUrlOrDate() {
    Citation bare =
        new Citation(
            "x",
            "NATO allies _avoid_ ruling it out",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "test#x");

    String line = AnswerRenderer.citation(bare);
    String message =
        AnswerRenderer.render(answered(new Excerpt(bare, "Text.", 0, 5, List.of(), 1)));

    assertThat(line).isEqualTo("*NATO allies \\_avoid\\_ ruling it out*");
    assertThat(message).doesNotContain("](").doesNotContain("http").doesNotContain(" · ");
    assertThat(message).doesNotContainPattern("\\d{4}");
  }

  @Test
  @DisplayName("a text cut mid-sentence that fits only without its … is shortened, not dropped")
  void cutTextKeepsRoomForItsEllipsis() {
    String text = "The ferry will run again from Monday. The harbour stays open all week";
    Excerpt cut = new Excerpt(citation("a"), text, 0, text.length(), List.of(), 1, false, true);
    int room = 2 + text.length() + 1; // the whole text fits; " …" does not

    String quote = Quotes.blockQuote(cut, room);

    assertThat(quote).isEqualTo("> The ferry will run again from Monday. …");
    assertThat(quote.length()).isLessThanOrEqualTo(room);
  }
}
