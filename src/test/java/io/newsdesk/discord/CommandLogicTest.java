package io.newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.answer.Excerpt;
import io.newsdesk.config.Config;
import io.newsdesk.search.Citation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Command logic and guards, without Discord. */
final class CommandLogicTest {
  private static Excerpt excerpt(String id, String source, LocalDate day) {
    String text = "Ukraine will not join NATO, he said.";
    return new Excerpt(
        new Citation(
            id,
            "Title " + id,
            Optional.of(source),
            Optional.of(day),
            Optional.empty(),
            "test#" + id),
        text,
        0,
        text.length(),
        List.of(),
        1);
  }

  private static BotServices answering(List<Excerpt> excerpts) {
    BotServices.AnswerSource source =
        (q, o) ->
            new Answer(
                q,
                Answer.Status.ANSWERED,
                excerpts.subList(0, Math.min(o.excerpts(), excerpts.size())));
    return new BotServices(
        source,
        new AskOptions(1, 1, Optional.empty(), 0.5),
        null,
        null,
        null,
        null,
        Config.Discord.defaults());
  }

  @Test
  @DisplayName("/ask pages the excerpts: one per page as configured, the rest behind More sources")
  void askPages() {
    BotServices services =
        answering(
            List.of(
                excerpt("a", "thehill.com", LocalDate.of(2025, 2, 12)),
                excerpt("b", "greekreporter.com", LocalDate.of(2025, 2, 13))));

    Reply reply = new AskCommand(services).run(new CommandRequest(1, Map.of("question", "NATO?")));

    assertThat(reply.pages()).hasSize(2);
    assertThat(reply.first().content()).isEqualTo("Sources, page 1 of 2");
  }

  @Test
  @DisplayName("/search keeps only the articles of the source and since the day asked")
  void searchFilters() {
    BotServices services =
        answering(
            List.of(
                excerpt("a", "thehill.com", LocalDate.of(2025, 2, 12)),
                excerpt("b", "greekreporter.com", LocalDate.of(2025, 2, 13)),
                excerpt("c", "thehill.com", LocalDate.of(2024, 1, 1))));

    Reply reply =
        new SearchCommand(services)
            .run(
                new CommandRequest(
                    1, Map.of("terms", "NATO", "source", "TheHill", "since", "2025-01-01")));

    assertThat(reply.pages()).singleElement().satisfies(p -> assertThat(p.embeds()).hasSize(1));
    assertThat(reply.first().embeds().get(0).title()).isEqualTo("Title a");
    assertThat(
            new SearchCommand(services)
                .run(new CommandRequest(1, Map.of("terms", "x", "since", "soon")))
                .first()
                .content())
        .contains("YYYY-MM-DD");
  }

  @Test
  @DisplayName("The rate limiter allows N a minute per user and says how long to wait")
  void rateLimiter() {
    Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    UserRateLimiter limiter = new UserRateLimiter(2, clock);

    assertThat(limiter.tryAcquire(1)).isEmpty();
    assertThat(limiter.tryAcquire(1)).isEmpty();
    assertThat(limiter.tryAcquire(1)).contains(Duration.ofMinutes(1));
    assertThat(limiter.tryAcquire(2)).isEmpty();
    assertThat(UserRateLimiter.politeRefusal(Duration.ofSeconds(42))).contains("42 seconds");
  }

  @Test
  @DisplayName("Autocomplete choices: at most 25, at most 100 characters, no duplicates")
  void suggestions() {
    List<String> many = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add("quote " + (i % 30) + " " + "word ".repeat(30));
    }
    List<Command.Choice> choices = Suggestions.of(many);
    assertThat(choices).hasSize(25);
    assertThat(choices)
        .allSatisfy(c -> assertThat(c.value()).hasSizeBetween(1, 100).endsWith(" …"));
  }

  @Test
  @DisplayName("Every command has a valid name and a description of 1 to 100 characters")
  void definitions() {
    for (Command command : Commands.all(answering(List.of()))) {
      assertThat(command.name()).matches("^[-_'\\p{L}\\p{N}]{1,32}$");
      assertThat(command.definition()).isNotNull();
    }
    assertThat(HelpCommand.TEXT.length()).isLessThan(2000);
  }

  @Test
  @DisplayName("More sources buttons point at stored pages; unknown ones are found expired")
  void pageStore() {
    PageStore store = new PageStore();
    Reply reply =
        AnswerPages.paged(
            List.of(
                excerpt("a", "x", LocalDate.of(2025, 1, 1)),
                excerpt("b", "y", LocalDate.of(2025, 1, 2))),
            1);
    String key = store.store(reply);

    assertThat(store.find(PageStore.buttonId(key, 1)))
        .hasValueSatisfying(p -> assertThat(p.hasNext()).isFalse());
    assertThat(store.find(PageStore.buttonId(key, 2))).isEmpty();
    assertThat(store.find("more:zz:1")).isEmpty();
  }
}
