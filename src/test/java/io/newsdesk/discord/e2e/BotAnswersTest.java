package io.newsdesk.discord.e2e;

import static io.newsdesk.discord.e2e.BotHarness.QUESTION;
import static io.newsdesk.discord.e2e.BotHarness.WAIT;
import static io.newsdesk.discord.e2e.BotHarness.lastMessage;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.config.Config;
import io.newsdesk.discord.BotServices;
import io.newsdesk.discord.emulator.DiscordEmulator;
import io.newsdesk.discord.emulator.DiscordWorld;
import io.newsdesk.discord.emulator.EmulatorConfig;
import io.newsdesk.discord.emulator.InteractionHandle;
import io.newsdesk.discord.emulator.InteractionResponse;
import io.newsdesk.discord.emulator.PostedMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bot end to end: a real Javacord client against the emulator, on the seed articles. */
final class BotAnswersTest {
  @RegisterExtension static final BotHarness harness = new BotHarness(1, Fixtures.ARTICLES);

  private static DiscordWorld world() {
    return harness.world();
  }

  private static DiscordEmulator emulator() {
    return harness.emulator();
  }

  @Test
  @DisplayName("/ask is deferred, then answered with verbatim excerpts and a thehill.com link")
  void askAnswersVerbatim() {
    BotServices services = harness.services();
    harness.start(
        new BotServices(
            services.answers(),
            new AskOptions(3, 1, Optional.empty(), 0.5),
            services.whoSaid(),
            services.sources(),
            services.reindexer(),
            services.feeds(),
            services.settings()));

    List<InteractionResponse> responses = harness.ask(world().bob(), QUESTION).awaitAnswer(WAIT);

    assertThat(responses.get(0).callbackType()).isEqualTo(5);
    JsonNode message = lastMessage(responses);
    BotFixture.assertNoPings(message);
    assertThat(message.path("embeds")).isNotEmpty();
    String seeds = BotFixture.seedText();
    for (JsonNode embed : message.path("embeds")) {
      List<String> quotes = BotFixture.quotedPassages(embed.path("description").asText());
      assertThat(quotes).isNotEmpty();
      quotes.forEach(q -> assertThat(seeds).contains(BotFixture.collapse(q)));
    }
    assertThat(message.toString()).contains("thehill.com");
  }

  @Test
  @DisplayName("\"More sources\" pages to the next excerpt, and the last page disables the button")
  void moreSourcesPages() {
    harness.start();
    InteractionHandle ask = harness.ask(world().bob(), QUESTION);
    JsonNode first = lastMessage(ask.awaitAnswer(WAIT));
    String moreId = moreButton(first).path("custom_id").asText();
    assertThat(moreId).startsWith("more:");
    assertThat(moreButton(first).path("disabled").asBoolean(false)).isFalse();

    InteractionHandle click =
        emulator().sendButtonClick(ask.messageIds().get(0), moreId, world().alice());

    InteractionResponse update = click.awaitAnswer(WAIT).get(0);
    assertThat(update.callbackType()).isEqualTo(7);
    JsonNode second = update.message();
    BotFixture.assertNoPings(second);
    assertThat(second.path("embeds").get(0).path("title").asText())
        .isNotEqualTo(first.path("embeds").get(0).path("title").asText());
    assertThat(second.path("content").asText()).startsWith("Sources, page 2 of");
  }

  private static JsonNode moreButton(JsonNode message) {
    for (JsonNode row : message.path("components")) {
      for (JsonNode button : row.path("components")) {
        if (button.has("custom_id")) {
          return button;
        }
      }
    }
    throw new AssertionError("no More sources button in " + message);
  }

  @Test
  @DisplayName("A mention is answered as a reply to the message, without the privileged intent")
  void mentionIsAnswered() throws Exception {
    harness.start();

    PostedMessage reply =
        emulator()
            .sendMessage(
                world().newsChannel(), world().bob(), "what did Hegseth say about NATO?", true)
            .get(15, TimeUnit.SECONDS);

    assertThat(reply.body().path("embeds")).isNotEmpty();
    BotFixture.assertNoPings(reply.body());
    assertThat(reply.repliesTo()).isEqualTo(emulator().lastUserMessage()).isPresent();
    assertThat(reply.body().path("allowed_mentions").path("replied_user").asBoolean(true))
        .as("the asker is not pinged by the reply")
        .isFalse();
  }

  @Test
  @DisplayName("A direct message is answered as a reply; a plain channel message is ignored")
  void directMessageIsAnswered() throws Exception {
    harness.start();

    PostedMessage reply =
        emulator().sendDirectMessage(world().alice(), QUESTION).get(15, TimeUnit.SECONDS);

    assertThat(reply.body().path("embeds").toString()).contains("NATO");
    BotFixture.assertNoPings(reply.body());
    assertThat(reply.repliesTo()).isEqualTo(emulator().lastUserMessage()).isPresent();
    emulator().sendMessage(world().newsChannel(), world().bob(), QUESTION, false);
    Thread.sleep(500);
    assertThat(emulator().postedMessages()).hasSize(1);
  }

  @Test
  @DisplayName("An answer from huge paragraphs stays within 4096/6000 and cuts quotes with \"…\"")
  void hugeAnswerFitsTheLimits() {
    harness.start();

    JsonNode message =
        lastMessage(harness.ask(world().bob(), Fixtures.HUGE_QUESTION).awaitAnswer(WAIT));

    assertThat(BotFixture.embedTotal(message)).isLessThanOrEqualTo(6000);
    assertThat(message.path("embeds")).as("embeds of %s", message).isNotEmpty();
    JsonNode embed = message.path("embeds").get(0);
    String description = embed.path("description").asText();
    assertThat(description.length()).isLessThanOrEqualTo(4096);
    assertThat(description).endsWith(" …");
    String article = BotFixture.collapse(Fixtures.HUGE_ARTICLE);
    BotFixture.quotedPassages(description)
        .forEach(q -> assertThat(article).contains(BotFixture.collapse(q)));
  }

  @Test
  @DisplayName("An article saying @everyone and <@&role> pings nobody")
  void pingingArticlePingsNobody() {
    harness.start();

    JsonNode message =
        lastMessage(harness.ask(world().bob(), Fixtures.PINGING_QUESTION).awaitAnswer(WAIT));

    BotFixture.assertNoPings(message);
    String description = message.path("embeds").get(0).path("description").asText();
    assertThat(description).contains("\\@everyone").doesNotContain(" @everyone");
    assertThat(description).contains("\\<\\@&");
  }

  @Test
  @DisplayName("A slow answer is deferred within the deadline and delivered afterwards")
  void slowAnswerIsDeferred() {
    BotServices services = harness.services();
    BotServices slow =
        services.withAnswers(
            (question, options) -> {
              sleep(Duration.ofMillis(1500));
              return services.answers().ask(question, options);
            });
    harness.start(
        slow,
        new EmulatorConfig(
            0, Duration.ofMillis(1000), Duration.ofMinutes(15), Duration.ofSeconds(40), false));

    List<InteractionResponse> responses = harness.ask(world().bob(), QUESTION).awaitAnswer(WAIT);

    assertThat(responses.get(0).callbackType()).isEqualTo(5);
    assertThat(Duration.between(responses.get(0).at(), responses.get(1).at()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(1400));
    assertThat(lastMessage(responses).path("embeds")).isNotEmpty();
  }

  @Test
  @DisplayName("Past the per-user rate limit the reply is a polite ephemeral message")
  void rateLimited() {
    Config.Discord settings = harness.services().settings();
    harness.start(
        harness
            .services()
            .withSettings(
                new Config.Discord(settings.guildId(), 2, List.of(), List.of(), 1, List.of())));

    harness.ask(world().bob(), QUESTION).awaitAnswer(WAIT);
    harness.ask(world().bob(), QUESTION).awaitAnswer(WAIT);
    List<InteractionResponse> third = harness.ask(world().bob(), QUESTION).awaitAnswer(WAIT);
    List<InteractionResponse> alice = harness.ask(world().alice(), QUESTION).awaitAnswer(WAIT);

    BotHarness.assertPrivateImmediateReply(third, "Please try again in");
    assertThat(alice.get(0).callbackType()).isEqualTo(5);
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
