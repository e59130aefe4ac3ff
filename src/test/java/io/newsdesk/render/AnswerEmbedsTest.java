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

final class AnswerEmbedsTest {
  private static Citation citation(String id, String url) {
    return new Citation(
        id,
        "Hegseth rules out NATO membership for Ukraine",
        Optional.of("thehill.com"),
        Optional.of(LocalDate.of(2025, 2, 12)),
        Optional.ofNullable(url),
        "test#" + id);
  }

  private static Excerpt excerpt(String id, String text) {
    int at = text.indexOf("NATO");
    List<Excerpt.Highlight> highlights =
        at < 0 ? List.of() : List.of(new Excerpt.Highlight(at, at + 4));
    return new Excerpt(
        citation(id, "https://thehill.com/" + id), text, 0, text.length(), highlights, 1);
  }

  @Test
  @DisplayName("An excerpt becomes an embed linked to its article, with publisher, day and bold")
  void oneExcerpt() {
    EmbedReply reply =
        AnswerEmbeds.render(
            new Answer(
                "q",
                Answer.Status.ANSWERED,
                List.of(excerpt("a", "NATO membership is not realistic."))));

    EmbedReply.Embed embed = reply.embeds().get(0);
    assertThat(embed.url()).contains("https://thehill.com/a");
    assertThat(embed.footer()).contains("thehill.com · 12 Feb 2025");
    assertThat(embed.description()).isEqualTo("> **NATO** membership is not realistic.");
    assertThat(embed.timestamp()).isPresent();
    assertThat(reply.links())
        .singleElement()
        .satisfies(l -> assertThat(l.label()).isEqualTo("Read on thehill.com"));
  }

  @Test
  @DisplayName("Ten huge excerpts stay within 4096 per embed and 6000 in all, cut with \"…\"")
  void hugeExcerptsFit() {
    List<Excerpt> excerpts = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      excerpts.add(excerpt("a" + i, "NATO said so. ".repeat(500)));
    }
    EmbedReply reply = AnswerEmbeds.excerpts(excerpts, "");

    assertThat(reply.embeds()).hasSizeLessThanOrEqualTo(10);
    assertThat(reply.embeds().stream().mapToInt(EmbedReply.Embed::length).sum())
        .isLessThanOrEqualTo(6000);
    reply
        .embeds()
        .forEach(e -> assertThat(e.description()).endsWith(" …").hasSizeLessThanOrEqualTo(4096));
    assertThat(reply.links()).hasSizeLessThanOrEqualTo(AnswerEmbeds.MAX_LINKS);
  }

  @Test
  @DisplayName("@everyone and role mentions in article text are escaped")
  void mentionsAreEscaped() {
    EmbedReply reply =
        AnswerEmbeds.excerpts(List.of(excerpt("a", "@everyone <@&123> NATO meets.")), "");

    assertThat(reply.embeds().get(0).description()).startsWith("> \\@everyone \\<\\@&123\\>");
  }

  @Test
  @DisplayName("No match is a plain sentence, without embeds")
  void noMatch() {
    EmbedReply reply = AnswerEmbeds.render(new Answer("q", Answer.Status.NO_MATCH, List.of()));
    assertThat(reply.embeds()).isEmpty();
    assertThat(reply.content()).contains("won't guess");
  }
}
