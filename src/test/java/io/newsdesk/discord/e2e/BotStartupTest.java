package io.newsdesk.discord.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.app.Newsdesk;
import io.newsdesk.config.Config;
import io.newsdesk.discord.BotServices;
import io.newsdesk.discord.BotStartupException;
import io.newsdesk.discord.DiscordBot;
import io.newsdesk.discord.emulator.DiscordEmulator;
import io.newsdesk.discord.emulator.InteractionResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up, registration, connection trouble, and the quotation commands. */
final class BotStartupTest {
  private static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir static Path dir;
  private static Newsdesk newsdesk;
  private static BotServices services;

  @BeforeAll
  static void index() throws IOException {
    newsdesk = BotFixture.home(dir, 3, Map.of());
    services = BotServices.of(newsdesk);
  }

  @AfterAll
  static void closeIndex() throws IOException {
    newsdesk.close();
  }

  private static BotServices withSettings(Optional<Long> guild, List<Long> askChannels) {
    return services.withSettings(
        new Config.Discord(guild, 6, askChannels, List.of(), 1, List.of()));
  }

  @Test
  @DisplayName(
      "Login registers every command with one global bulk overwrite; /reindex needs Manage Server")
  void registersWithOneBulkOverwrite() {
    try (BotFixture fixture = BotFixture.start(services)) {
      DiscordEmulator emulator = fixture.emulator;
      assertThat(emulator.restCalls().stream().filter(c -> c.contains("/commands")))
          .singleElement()
          .satisfies(call -> assertThat(call).startsWith("PUT /applications/"));
      assertThat(emulator.registeredCommands())
          .extracting(c -> c.path("name").asText())
          .containsExactlyInAnyOrder(
              "ask", "who-said", "quotes", "search", "latest", "sources", "help", "reindex");
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
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  @DisplayName("A refused registration (403, code 50001) names the applications.commands scope")
  void refusedRegistrationNamesTheScope() {
    assertThatThrownBy(() -> BotFixture.start(withSettings(Optional.of(42L), List.of())))
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
              () ->
                  DiscordBot.start(
                      wrong,
                      services,
                      b -> b.setProxy(emulator.proxy()).setTrustAllCertificates(true)))
          .isInstanceOf(BotStartupException.class)
          .hasMessageContaining("DISCORD_TOKEN")
          .hasMessageContaining("Reset Token")
          .message()
          .doesNotContain(wrong);
      assertThat(emulator.gatewayCloseCodes()).containsExactly(4004);
    }
  }

  @Test
  @DisplayName("A missing or malformed DISCORD_TOKEN is named before connecting")
  void missingToken() {
    assertThatThrownBy(() -> DiscordBot.start(services, Map.of()))
        .isInstanceOf(BotStartupException.class)
        .hasMessageContaining("DISCORD_TOKEN is not set");
    assertThatThrownBy(() -> DiscordBot.start(services, Map.of("DISCORD_TOKEN", "12345")))
        .isInstanceOf(BotStartupException.class)
        .hasMessageContaining("does not look like a bot token");
  }

  @Test
  @DisplayName("Ask channels without the granted intent (4014): the bot serves the rest")
  void disallowedIntentFallsBack() {
    try (BotFixture fixture = BotFixture.start(withSettings(Optional.empty(), List.of(7L)))) {
      assertThat(fixture.emulator.gatewayCloseCodes()).containsExactly(4014);
      assertThat(fixture.bot.readsAllMessages()).isFalse();
      List<InteractionResponse> answer =
          fixture
              .emulator
              .sendSlashCommand(
                  fixture.emulator.world().newsChannel(),
                  fixture.emulator.world().bob(),
                  "ask",
                  Map.of("question", "Will Ukraine join NATO?"))
              .awaitAnswer(WAIT);
      assertThat(answer.get(answer.size() - 1).message().path("embeds")).isNotEmpty();
      assertThat(fixture.emulator.violations()).isEmpty();
    }
  }

  @Test
  @DisplayName("After a gateway disconnect the bot resumes and keeps answering")
  void disconnectAndResume() throws InterruptedException {
    try (BotFixture fixture = BotFixture.start(services)) {
      fixture.emulator.disconnect();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (fixture.emulator.resumeCount() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(fixture.emulator.resumeCount()).isEqualTo(1);
      List<InteractionResponse> answer =
          fixture
              .emulator
              .sendSlashCommand(
                  fixture.emulator.world().newsChannel(),
                  fixture.emulator.world().bob(),
                  "ask",
                  Map.of("question", "Will Ukraine join NATO?"))
              .awaitAnswer(WAIT);
      assertThat(answer.get(answer.size() - 1).message().path("embeds")).isNotEmpty();
      assertThat(fixture.emulator.violations()).isEmpty();
    }
  }

  @Test
  @DisplayName("/who-said names Pete Hegseth for \"NATO membership is not realistic\"")
  void whoSaidHegseth() {
    try (BotFixture fixture = BotFixture.start(services)) {
      JsonNode message =
          last(
              fixture
                  .emulator
                  .sendSlashCommand(
                      fixture.emulator.world().newsChannel(),
                      fixture.emulator.world().bob(),
                      "who-said",
                      Map.of("quote", "NATO membership is not realistic"))
                  .awaitAnswer(WAIT));
      assertThat(message.toString()).contains("Pete Hegseth").contains("US Defense Secretary");
      assertThat(fixture.emulator.violations()).isEmpty();
    }
  }

  @Test
  @DisplayName("/quotes Rutte lists \"We must equalize security assistance to Ukraine\"")
  void quotesByRutte() {
    try (BotFixture fixture = BotFixture.start(services)) {
      JsonNode message =
          last(
              fixture
                  .emulator
                  .sendSlashCommand(
                      fixture.emulator.world().newsChannel(),
                      fixture.emulator.world().bob(),
                      "quotes",
                      Map.of("speaker", "Rutte"))
                  .awaitAnswer(WAIT));
      assertThat(message.toString())
          .contains("Mark Rutte")
          .contains("We must equalize security assistance to Ukraine");
      assertThat(fixture.emulator.violations()).isEmpty();
    }
  }

  @Test
  @DisplayName("Autocomplete offers at most 25 quotations and known speakers, fast")
  void autocomplete() {
    try (BotFixture fixture = BotFixture.start(services)) {
      var emulator = fixture.emulator;
      List<InteractionResponse> quotes =
          emulator
              .sendAutocomplete(
                  emulator.world().newsChannel(),
                  emulator.world().bob(),
                  "who-said",
                  Map.of("quote", "NATO membership"),
                  "quote")
              .awaitAnswer(Duration.ofSeconds(3));
      List<InteractionResponse> speakers =
          emulator
              .sendAutocomplete(
                  emulator.world().newsChannel(),
                  emulator.world().bob(),
                  "quotes",
                  Map.of("speaker", "Rut"),
                  "speaker")
              .awaitAnswer(Duration.ofSeconds(3));
      JsonNode quoteChoices = quotes.get(0).body().path("data").path("choices");
      assertThat(quoteChoices.size()).isBetween(1, 25);
      assertThat(quoteChoices.toString()).contains("NATO membership");
      assertThat(speakers.get(0).body().path("data").path("choices").toString())
          .contains("Mark Rutte");
      assertThat(emulator.violations()).isEmpty();
    }
  }

  private static JsonNode last(List<InteractionResponse> responses) {
    return responses.get(responses.size() - 1).message();
  }
}
