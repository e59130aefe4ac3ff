package io.newsdesk.discord.e2e;

import static io.newsdesk.discord.e2e.BotHarness.QUESTION;
import static io.newsdesk.discord.e2e.BotHarness.WAIT;
import static io.newsdesk.discord.e2e.BotHarness.lastMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.config.Config;
import io.newsdesk.discord.BotServices;
import io.newsdesk.discord.BotStartupException;
import io.newsdesk.discord.DiscordBot;
import io.newsdesk.discord.emulator.DiscordEmulator;
import io.newsdesk.discord.emulator.DiscordWorld;
import io.newsdesk.discord.emulator.InteractionResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Start-up, registration, connection trouble, and the quotation commands. */
final class BotStartupTest {
  @RegisterExtension static final BotHarness harness = new BotHarness(3);

  private static BotServices withSettings(Optional<Long> guild, List<Long> askChannels) {
    return harness
        .services()
        .withSettings(new Config.Discord(guild, 6, askChannels, List.of(), 1, List.of()));
  }

  private static DiscordWorld world() {
    return harness.world();
  }

  @Test
  @DisplayName(
      "Login registers every command with one global bulk overwrite; /reindex needs Manage Server")
  void registersWithOneBulkOverwrite() {
    DiscordEmulator emulator = harness.start().emulator;

    assertThat(emulator.restCalls().stream().filter(c -> c.contains("/commands")))
        .singleElement()
        .satisfies(call -> assertThat(call).startsWith("PUT /applications/"));
    assertThat(emulator.registeredCommands())
        .extracting(c -> c.path("name").asText())
        .containsExactlyInAnyOrder(
            "ask", "who-said", "quotes", "search", "latest", "sources", "feeds", "help", "reindex");
    for (JsonNode command : emulator.registeredCommands()) {
      assertThat(command.path("description").asText()).hasSizeBetween(1, 100);
    }
    assertThat(emulator.registeredCommands())
        .filteredOn(c -> c.path("name").asText().equals("reindex"))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.path("default_member_permissions").asText())
                    .as("Manage Server (1 << 5)")
                    .isEqualTo(Long.toString(1L << 5)));
  }

  @Test
  @DisplayName("A refused registration (403, code 50001) names the applications.commands scope")
  void refusedRegistrationNamesTheScope() {
    assertThatThrownBy(() -> harness.start(withSettings(Optional.of(42L), List.of())))
        .cause()
        .isInstanceOf(BotStartupException.class)
        .hasMessageContaining("applications.commands")
        .hasMessageContaining("scope=bot+applications.commands&permissions=");
  }

  @Test
  @DisplayName("A wrong token fails start-up with the fix, and never shows the token")
  void invalidToken() {
    try (DiscordEmulator emulator = DiscordEmulator.start()) {
      String wrong = emulator.validToken() + "x";
      assertThatThrownBy(
              () -> DiscordBot.start(wrong, harness.services(), BotFixture.through(emulator)))
          .isInstanceOf(BotStartupException.class)
          .hasMessageContaining("DISCORD_TOKEN")
          .hasMessageContaining("Reset Token")
          .message()
          .doesNotContain(wrong);
      assertThat(emulator.gatewayCloseCodes()).containsExactly(4004);
    }
  }

  @Test
  @DisplayName("A name of Discord's that does not resolve is said at once, in one line")
  void unresolvableDiscord() {
    // .invalid never resolves (RFC 6761), with or without a network.
    assertThatThrownBy(() -> io.newsdesk.discord.DiscordBotAccess.checkResolves("discord.invalid"))
        .isInstanceOf(BotStartupException.class)
        .hasMessageStartingWith("cannot reach Discord: discord.invalid does not resolve");
  }

  @Test
  @DisplayName("A missing or malformed DISCORD_TOKEN is named before connecting")
  void missingToken() {
    assertThatThrownBy(() -> DiscordBot.start(harness.services(), Map.of()))
        .isInstanceOf(BotStartupException.class)
        .hasMessageContaining("DISCORD_TOKEN is not set");
    assertThatThrownBy(() -> DiscordBot.start(harness.services(), Map.of("DISCORD_TOKEN", "12345")))
        .isInstanceOf(BotStartupException.class)
        .hasMessageContaining("does not look like a bot token");
  }

  @Test
  @DisplayName("Ask channels without the granted intent (4014): the bot serves the rest")
  void disallowedIntentFallsBack() {
    BotFixture fixture = harness.start(withSettings(Optional.empty(), List.of(7L)));

    assertThat(fixture.emulator.gatewayCloseCodes()).containsExactly(4014);
    assertThat(fixture.bot.readsAllMessages()).isFalse();
    assertAnswersTheQuestion();
  }

  @Test
  @DisplayName("After a gateway disconnect the bot resumes and keeps answering")
  void disconnectAndResume() throws InterruptedException {
    BotFixture fixture = harness.start();
    DiscordEmulator emulator = fixture.emulator;
    java.util.List<Boolean> connection = new java.util.concurrent.CopyOnWriteArrayList<>();
    fixture.bot.onConnection(connection::add);

    emulator.disconnect();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (emulator.resumeCount() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(emulator.resumeCount()).isEqualTo(1);
    while (!connection.contains(true) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(connection).as("lost, then back").containsSubsequence(false, true);
    assertAnswersTheQuestion();
  }

  private static void assertAnswersTheQuestion() {
    JsonNode answer = lastMessage(harness.ask(world().bob(), QUESTION).awaitAnswer(WAIT));
    assertThat(answer.path("embeds")).isNotEmpty();
  }

  @Test
  @DisplayName("/who-said names Pete Hegseth for \"NATO membership is not realistic\"")
  void whoSaidHegseth() {
    harness.start();

    JsonNode message =
        lastMessage(
            harness
                .command(
                    world().bob(), "who-said", Map.of("quote", "NATO membership is not realistic"))
                .awaitAnswer(WAIT));

    assertThat(message.toString()).contains("Pete Hegseth").contains("US Defense Secretary");
  }

  @Test
  @DisplayName("/quotes Rutte lists \"We must equalize security assistance to Ukraine\"")
  void quotesByRutte() {
    harness.start();

    JsonNode message =
        lastMessage(
            harness.command(world().bob(), "quotes", Map.of("speaker", "Rutte")).awaitAnswer(WAIT));

    assertThat(message.toString())
        .contains("Mark Rutte")
        .contains("We must equalize security assistance to Ukraine");
  }

  @Test
  @DisplayName("Autocomplete offers at most 25 quotations and known speakers, fast")
  void autocomplete() {
    harness.start();

    List<InteractionResponse> quotes =
        harness.autocomplete("who-said", Map.of("quote", "NATO membership"), "quote");
    List<InteractionResponse> speakers =
        harness.autocomplete("quotes", Map.of("speaker", "Rut"), "speaker");

    JsonNode quoteChoices = quotes.get(0).body().path("data").path("choices");
    assertThat(quoteChoices.size()).isBetween(1, 25);
    assertThat(quoteChoices.toString()).contains("NATO membership");
    assertThat(speakers.get(0).body().path("data").path("choices").toString())
        .contains("Mark Rutte");
  }
}
