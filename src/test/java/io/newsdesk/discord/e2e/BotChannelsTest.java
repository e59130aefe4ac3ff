package io.newsdesk.discord.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.app.Newsdesk;
import io.newsdesk.config.Config;
import io.newsdesk.discord.BotServices;
import io.newsdesk.discord.emulator.DiscordWorld;
import io.newsdesk.discord.emulator.EmulatorConfig;
import io.newsdesk.discord.emulator.InteractionResponse;
import io.newsdesk.discord.emulator.PostedMessage;
import io.newsdesk.index.SourceCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the bot registers and answers: one server or global, allowed channels, ask channels. */
final class BotChannelsTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String QUESTION = "Will Ukraine join NATO?";

  @TempDir static Path dir;
  private static Newsdesk newsdesk;
  private static BotServices services;
  private BotFixture fixture;

  @BeforeAll
  static void index() throws IOException {
    newsdesk = BotFixture.home(dir, 1, Map.of());
    services = BotServices.of(newsdesk);
  }

  @AfterAll
  static void closeIndex() throws IOException {
    newsdesk.close();
  }

  @AfterEach
  void stop() {
    if (fixture != null) {
      assertThat(fixture.emulator.violations()).isEmpty();
      fixture.close();
    }
  }

  private static BotServices configured(
      Optional<Long> guild, List<Long> askChannels, List<Long> allowedChannels) {
    return services.withSettings(
        new Config.Discord(guild, 6, askChannels, allowedChannels, 1, List.of()));
  }

  private DiscordWorld world() {
    return fixture.emulator.world();
  }

  private List<InteractionResponse> ask(DiscordWorld.Channel channel, DiscordWorld.User user) {
    return fixture
        .emulator
        .sendSlashCommand(channel, user, "ask", Map.of("question", QUESTION))
        .awaitAnswer(WAIT);
  }

  private static JsonNode last(List<InteractionResponse> responses) {
    return responses.get(responses.size() - 1).message();
  }

  private List<String> commandCalls() {
    return fixture.emulator.restCalls().stream().filter(c -> c.contains("/commands")).toList();
  }

  @Test
  @DisplayName("With discord.guild-id the commands go to that server in one bulk overwrite")
  void registersInTheConfiguredServer() {
    fixture =
        BotFixture.start(
            world -> configured(Optional.of(world.guild().id()), List.of(), List.of()),
            EmulatorConfig.defaults());
    long app = world().bot().id();
    long guild = world().guild().id();

    assertThat(commandCalls())
        .containsExactly("PUT /applications/" + app + "/guilds/" + guild + "/commands");
    assertThat(fixture.emulator.registeredCommands())
        .hasSize(8)
        .allSatisfy(c -> assertThat(c.path("guild_id").asText()).isEqualTo(Long.toString(guild)));
    assertThat(last(ask(world().newsChannel(), world().bob())).path("embeds")).isNotEmpty();
  }

  @Test
  @DisplayName("Without discord.guild-id the commands are registered globally")
  void registersGloballyByDefault() {
    fixture = BotFixture.start(configured(Optional.empty(), List.of(), List.of()));

    assertThat(commandCalls())
        .containsExactly("PUT /applications/" + world().bot().id() + "/commands");
    assertThat(fixture.emulator.registeredCommands())
        .hasSize(8)
        .allSatisfy(c -> assertThat(c.has("guild_id")).isFalse());
  }

  @Test
  @DisplayName("Outside the allowed channels a slash command gets a polite private refusal")
  void allowedChannelsRefuseOthers() {
    fixture =
        BotFixture.start(
            world -> configured(Optional.empty(), List.of(), List.of(world.generalChannel().id())),
            EmulatorConfig.defaults());

    List<InteractionResponse> refused = ask(world().newsChannel(), world().bob());
    List<InteractionResponse> allowed = ask(world().generalChannel(), world().bob());

    assertThat(refused)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.callbackType()).isEqualTo(4);
              assertThat(r.isEphemeral()).isTrue();
              assertThat(r.content())
                  .isEqualTo(
                      "I only answer in <#"
                          + world().generalChannel().id()
                          + "> and in direct"
                          + " messages.");
              BotFixture.assertNoPings(r.message());
            });
    assertThat(allowed.get(0).callbackType()).isEqualTo(5);
    assertThat(last(allowed).path("embeds")).isNotEmpty();
  }

  @Test
  @DisplayName("With allowed channels set, direct messages and /ask in a DM still work")
  void allowedChannelsKeepDirectMessages() throws Exception {
    fixture =
        BotFixture.start(
            world -> configured(Optional.empty(), List.of(), List.of(world.generalChannel().id())),
            EmulatorConfig.defaults());

    PostedMessage reply =
        fixture.emulator.sendDirectMessage(world().alice(), QUESTION).get(15, TimeUnit.SECONDS);
    List<InteractionResponse> slash = ask(world().dmWith(world().alice()), world().alice());

    assertThat(reply.body().path("embeds").toString()).contains("NATO");
    assertThat(slash.get(0).callbackType()).isEqualTo(5);
    assertThat(last(slash).path("embeds")).isNotEmpty();
  }

  @Test
  @DisplayName("With MESSAGE_CONTENT granted, every message in an ask channel is answered")
  void askChannelAnswersEveryMessage() throws Exception {
    fixture =
        BotFixture.start(
            world -> configured(Optional.empty(), List.of(world.newsChannel().id()), List.of()),
            EmulatorConfig.defaults().withPrivilegedIntents(EmulatorConfig.MESSAGE_CONTENT));
    assertThat(fixture.bot.readsAllMessages()).isTrue();
    assertThat(fixture.emulator.gatewayCloseCodes()).isEmpty();

    PostedMessage reply =
        fixture
            .emulator
            .sendMessage(world().newsChannel(), world().bob(), QUESTION, false)
            .get(15, TimeUnit.SECONDS);

    assertThat(reply.body().path("embeds").toString()).contains("NATO");
    assertThat(reply.repliesTo()).isEqualTo(fixture.emulator.lastUserMessage()).isPresent();
    BotFixture.assertNoPings(reply.body());
    fixture.emulator.sendMessage(world().generalChannel(), world().bob(), QUESTION, false);
    Thread.sleep(1000);
    assertThat(fixture.emulator.postedMessages()).as("general is not an ask channel").hasSize(1);
  }

  @Test
  @DisplayName("/sources lists every indexed article, newest first; /latest links the newest")
  void sourcesAndLatest() {
    fixture = BotFixture.start(services);
    SourceCatalog.Page indexed = services.sources().newest(25);

    List<InteractionResponse> sources =
        fixture
            .emulator
            .sendSlashCommand(world().newsChannel(), world().bob(), "sources", Map.of())
            .awaitAnswer(WAIT);
    JsonNode latest =
        last(
            fixture
                .emulator
                .sendSlashCommand(world().newsChannel(), world().bob(), "latest", Map.of())
                .awaitAnswer(WAIT));

    assertThat(sources.get(0).callbackType()).isEqualTo(5);
    String list = last(sources).path("content").asText();
    assertThat(list).startsWith("**" + indexed.total() + " articles indexed**");
    assertThat(list.split("\n• ")).hasSize(indexed.articles().size() + 1);
    assertThat(list).contains("thehill.com");
    BotFixture.assertNoPings(last(sources));
    assertThat(latest.path("embeds")).hasSize(Math.min(5, (int) indexed.total()));
    latest.path("embeds").forEach(e -> assertThat(e.path("title").asText()).isNotBlank());
    assertThat(latest.toString()).contains("https://thehill.com");
    BotFixture.assertNoPings(latest);
  }
}
