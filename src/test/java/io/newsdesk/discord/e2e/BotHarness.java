package io.newsdesk.discord.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.app.Newsdesk;
import io.newsdesk.discord.BotServices;
import io.newsdesk.discord.emulator.DiscordEmulator;
import io.newsdesk.discord.emulator.DiscordWorld;
import io.newsdesk.discord.emulator.EmulatorConfig;
import io.newsdesk.discord.emulator.InteractionHandle;
import io.newsdesk.discord.emulator.InteractionResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The end-to-end tests' common ground, registered as a static {@code @RegisterExtension}: a
 * Newsdesk home built once per test class (see {@link BotFixture#home}), a bot started on it per
 * test, and after each test the check that the emulator saw no violation, then the bot stopped.
 */
final class BotHarness implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {
  static final Duration WAIT = Duration.ofSeconds(15);
  static final String QUESTION = "Will Ukraine join NATO?";

  private final int excerpts;
  private final Map<String, String> extraArticles;
  private Path dir;
  private Newsdesk newsdesk;
  private BotServices services;
  private BotFixture fixture;

  /** A home of the seeds plus {@code extraArticles}, answering with {@code excerpts} per reply. */
  BotHarness(int excerpts, Map<String, String> extraArticles) {
    this.excerpts = excerpts;
    this.extraArticles = extraArticles;
  }

  BotHarness(int excerpts) {
    this(excerpts, Map.of());
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("newsdesk-bot-");
    newsdesk = BotFixture.home(dir, excerpts, extraArticles);
    services = BotServices.of(newsdesk);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (fixture == null) {
      return;
    }
    try {
      assertThat(fixture.emulator.violations()).isEmpty();
    } finally {
      fixture.close();
      fixture = null;
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (newsdesk != null) {
        newsdesk.close();
      }
    } finally {
      deleteRecursively(dir);
    }
  }

  /** The services of the home, as {@code BotServices.of} makes them. */
  BotServices services() {
    return services;
  }

  /** Starts a bot with the home's services; it is stopped after the test. */
  BotFixture start() {
    return start(services);
  }

  BotFixture start(BotServices services) {
    return start(services, EmulatorConfig.defaults());
  }

  BotFixture start(BotServices services, EmulatorConfig config) {
    return start(world -> services, config);
  }

  /** A bot whose services may depend on the emulator's world, e.g. on its guild or channel ids. */
  BotFixture start(Function<DiscordWorld, BotServices> services) {
    return start(services, EmulatorConfig.defaults());
  }

  BotFixture start(Function<DiscordWorld, BotServices> services, EmulatorConfig config) {
    assertThat(fixture).as("one bot per test").isNull();
    fixture = BotFixture.start(services, config);
    return fixture;
  }

  DiscordEmulator emulator() {
    return fixture.emulator;
  }

  DiscordWorld world() {
    return emulator().world();
  }

  /** {@code user} runs {@code /command} in the news channel. */
  InteractionHandle command(DiscordWorld.User user, String command, Map<String, Object> options) {
    return command(world().newsChannel(), user, command, options);
  }

  InteractionHandle command(
      DiscordWorld.Channel channel,
      DiscordWorld.User user,
      String command,
      Map<String, Object> options) {
    return emulator().sendSlashCommand(channel, user, command, options);
  }

  /** {@code user} asks {@code question} with /ask in the news channel. */
  InteractionHandle ask(DiscordWorld.User user, String question) {
    return command(user, "ask", Map.of("question", question));
  }

  /** Bob types in option {@code focused} of {@code /command} in the news channel. */
  List<InteractionResponse> autocomplete(
      String command, Map<String, Object> options, String focused) {
    return emulator()
        .sendAutocomplete(world().newsChannel(), world().bob(), command, options, focused)
        .awaitAnswer(Duration.ofSeconds(3));
  }

  /** The message of the last response: the answer after any deferral. */
  static JsonNode lastMessage(List<InteractionResponse> responses) {
    return responses.get(responses.size() - 1).message();
  }

  /**
   * The interaction got exactly one response: an immediate (callback type 4), ephemeral message
   * containing {@code text}.
   */
  static void assertPrivateImmediateReply(List<InteractionResponse> responses, String text) {
    assertThat(responses)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.callbackType()).isEqualTo(4);
              assertThat(r.isEphemeral()).isTrue();
              assertThat(r.content()).contains(text);
            });
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
