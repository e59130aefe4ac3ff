package io.newsdesk.discord.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.Newsdesk;
import io.newsdesk.discord.BotServices;
import io.newsdesk.discord.emulator.DiscordWorld;
import io.newsdesk.discord.emulator.InteractionResponse;
import io.newsdesk.discord.emulator.PostedMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user sees when answering fails: a short error, never a stack trace nor silence. */
final class BotFailuresTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String SORRY = "Sorry, something went wrong while answering.";
  private static final String CAUSE = "the index went away";

  @TempDir static Path dir;
  private static Newsdesk newsdesk;
  private static BotServices failing;
  private BotFixture fixture;

  @BeforeAll
  static void index() throws IOException {
    newsdesk = BotFixture.home(dir, 1, Map.of());
    BotServices services = BotServices.of(newsdesk);
    failing =
        new BotServices(
            (question, options) -> {
              throw new IllegalStateException(CAUSE);
            },
            services.askOptions(),
            services.whoSaid(),
            services.sources(),
            () -> {
              throw new IOException(CAUSE);
            },
            services.settings());
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

  private DiscordWorld world() {
    return fixture.emulator.world();
  }

  @Test
  @DisplayName("A failure after a public deferral replaces \"is thinking…\" with the short error")
  void failureAfterPublicDeferralEditsTheOriginal() {
    fixture = BotFixture.start(failing);

    List<InteractionResponse> responses =
        fixture
            .emulator
            .sendSlashCommand(
                world().newsChannel(), world().bob(), "ask", Map.of("question", "Who won?"))
            .awaitAnswer(WAIT);

    assertThat(responses).hasSize(2);
    assertThat(responses.get(0).callbackType()).isEqualTo(5);
    assertThat(responses.get(0).isEphemeral()).isFalse();
    InteractionResponse error = responses.get(1);
    assertThat(error.kind()).isEqualTo(InteractionResponse.Kind.EDIT_ORIGINAL);
    assertThat(error.content()).startsWith(SORRY).doesNotContain(CAUSE).doesNotContain("Exception");
    assertThat(error.isEphemeral()).as("no flag: the deferral was public").isFalse();
    BotFixture.assertNoPings(error.message());
  }

  @Test
  @DisplayName("A failure after a private deferral (/reindex) also edits the original, privately")
  void failureAfterPrivateDeferralEditsTheOriginal() {
    fixture = BotFixture.start(failing);

    List<InteractionResponse> responses =
        fixture
            .emulator
            .sendSlashCommand(world().newsChannel(), world().alice(), "reindex", Map.of())
            .awaitAnswer(WAIT);

    assertThat(responses).hasSize(2);
    assertThat(responses.get(0).callbackType()).isEqualTo(5);
    assertThat(responses.get(0).isEphemeral()).isTrue();
    assertThat(responses.get(1).kind()).isEqualTo(InteractionResponse.Kind.EDIT_ORIGINAL);
    assertThat(responses.get(1).content()).startsWith(SORRY).doesNotContain(CAUSE);
  }

  @Test
  @DisplayName("A failure answering a direct message is a short error reply")
  void failureAnsweringAMessage() throws Exception {
    fixture = BotFixture.start(failing);

    PostedMessage reply =
        fixture.emulator.sendDirectMessage(world().bob(), "Who won?").get(15, TimeUnit.SECONDS);

    assertThat(reply.content()).startsWith(SORRY).doesNotContain(CAUSE);
    assertThat(reply.repliesTo()).isEqualTo(fixture.emulator.lastUserMessage()).isPresent();
  }
}
