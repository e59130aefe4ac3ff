package io.newsdesk.discord.e2e;

import static io.newsdesk.discord.e2e.BotHarness.QUESTION;
import static io.newsdesk.discord.e2e.BotHarness.WAIT;
import static io.newsdesk.discord.e2e.BotHarness.lastMessage;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.config.Config;
import io.newsdesk.discord.BotServices;
import io.newsdesk.discord.emulator.DiscordEmulator;
import io.newsdesk.discord.emulator.DiscordWorld;
import io.newsdesk.discord.emulator.EmulatorConfig;
import io.newsdesk.discord.emulator.InteractionResponse;
import io.newsdesk.discord.emulator.PostedMessage;
import io.newsdesk.index.SourceCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Where the bot registers and answers: one server or global, allowed channels, ask channels. */
final class BotChannelsTest {
  @RegisterExtension static final BotHarness harness = new BotHarness(1);

  private static BotServices configured(
      Optional<Long> guild, List<Long> askChannels, List<Long> allowedChannels) {
    return harness
        .services()
        .withSettings(new Config.Discord(guild, 6, askChannels, allowedChannels, 1, List.of()));
  }

  private static DiscordWorld world() {
    return harness.world();
  }

  private static DiscordEmulator emulator() {
    return harness.emulator();
  }

  private static List<InteractionResponse> ask(
      DiscordWorld.Channel channel, DiscordWorld.User user) {
    return harness.command(channel, user, "ask", Map.of("question", QUESTION)).awaitAnswer(WAIT);
  }

  private static List<String> commandCalls() {
    return emulator().restCalls().stream().filter(c -> c.contains("/commands")).toList();
  }

  @Test
  @DisplayName("With discord.guild-id the commands go to that server in one bulk overwrite")
  void registersInTheConfiguredServer() {
    harness.start(world -> configured(Optional.of(world.guild().id()), List.of(), List.of()));
    long app = world().bot().id();
    long guild = world().guild().id();

    assertThat(commandCalls())
        .containsExactly("PUT /applications/" + app + "/guilds/" + guild + "/commands");
    assertThat(emulator().registeredCommands())
        .hasSize(9)
        .allSatisfy(c -> assertThat(c.path("guild_id").asText()).isEqualTo(Long.toString(guild)));
    assertThat(lastMessage(ask(world().newsChannel(), world().bob())).path("embeds")).isNotEmpty();
  }

  @Test
  @DisplayName("Without discord.guild-id the commands are registered globally")
  void registersGloballyByDefault() {
    harness.start(configured(Optional.empty(), List.of(), List.of()));

    assertThat(commandCalls())
        .containsExactly("PUT /applications/" + world().bot().id() + "/commands");
    assertThat(emulator().registeredCommands())
        .hasSize(9)
        .allSatisfy(c -> assertThat(c.has("guild_id")).isFalse());
  }

  @Test
  @DisplayName("Outside the allowed channels a slash command gets a polite private refusal")
  void allowedChannelsRefuseOthers() {
    harness.start(
        world -> configured(Optional.empty(), List.of(), List.of(world.generalChannel().id())));

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
    assertThat(lastMessage(allowed).path("embeds")).isNotEmpty();
  }

  @Test
  @DisplayName("With allowed channels set, direct messages and /ask in a DM still work")
  void allowedChannelsKeepDirectMessages() throws Exception {
    harness.start(
        world -> configured(Optional.empty(), List.of(), List.of(world.generalChannel().id())));

    PostedMessage reply =
        emulator().sendDirectMessage(world().alice(), QUESTION).get(15, TimeUnit.SECONDS);
    List<InteractionResponse> slash = ask(world().dmWith(world().alice()), world().alice());

    assertThat(reply.body().path("embeds").toString()).contains("NATO");
    assertThat(slash.get(0).callbackType()).isEqualTo(5);
    assertThat(lastMessage(slash).path("embeds")).isNotEmpty();
  }

  @Test
  @DisplayName("With MESSAGE_CONTENT granted, every message in an ask channel is answered")
  void askChannelAnswersEveryMessage() throws Exception {
    BotFixture fixture =
        harness.start(
            world -> configured(Optional.empty(), List.of(world.newsChannel().id()), List.of()),
            EmulatorConfig.defaults().withPrivilegedIntents(EmulatorConfig.MESSAGE_CONTENT));
    assertThat(fixture.bot.readsAllMessages()).isTrue();
    assertThat(emulator().gatewayCloseCodes()).isEmpty();

    PostedMessage reply =
        emulator()
            .sendMessage(world().newsChannel(), world().bob(), QUESTION, false)
            .get(15, TimeUnit.SECONDS);

    assertThat(reply.body().path("embeds").toString()).contains("NATO");
    assertThat(reply.repliesTo()).isEqualTo(emulator().lastUserMessage()).isPresent();
    BotFixture.assertNoPings(reply.body());
    emulator().sendMessage(world().generalChannel(), world().bob(), QUESTION, false);
    Thread.sleep(1000);
    assertThat(emulator().postedMessages()).as("general is not an ask channel").hasSize(1);
  }

  @Test
  @DisplayName("/sources lists every indexed article, newest first; /latest links the newest")
  void sourcesAndLatest() {
    harness.start();
    SourceCatalog.Page indexed = harness.services().sources().newest(25);

    List<InteractionResponse> sources =
        harness.command(world().bob(), "sources", Map.of()).awaitAnswer(WAIT);
    JsonNode latest =
        lastMessage(harness.command(world().bob(), "latest", Map.of()).awaitAnswer(WAIT));

    assertThat(sources.get(0).callbackType()).isEqualTo(5);
    String list = lastMessage(sources).path("content").asText();
    assertThat(list).startsWith("**" + indexed.total() + " articles indexed**");
    assertThat(list.split("\n• ")).hasSize(indexed.articles().size() + 1);
    assertThat(list).contains("thehill.com");
    BotFixture.assertNoPings(lastMessage(sources));
    assertThat(latest.path("embeds")).hasSize(Math.min(5, (int) indexed.total()));
    latest.path("embeds").forEach(e -> assertThat(e.path("title").asText()).isNotBlank());
    assertThat(latest.toString()).contains("https://thehill.com");
    BotFixture.assertNoPings(latest);
  }
}
