package io.newsdesk.discord.e2e;

import static io.newsdesk.discord.e2e.BotHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.discord.BotServices;
import io.newsdesk.discord.emulator.DiscordWorld;
import io.newsdesk.discord.emulator.InteractionResponse;
import io.newsdesk.discord.emulator.PostedMessage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the user sees when answering fails: a short error, never a stack trace nor silence. */
final class BotFailuresTest {
  private static final String SORRY = "Sorry, something went wrong while answering.";
  private static final String CAUSE = "the index went away";

  @RegisterExtension static final BotHarness harness = new BotHarness(1);

  /** The home's services, but answering and reindexing fail with {@link #CAUSE}. */
  private static BotServices failing() {
    BotServices services = harness.services();
    return new BotServices(
        (question, options) -> {
          throw new IllegalStateException(CAUSE);
        },
        services.askOptions(),
        services.whoSaid(),
        services.sources(),
        () -> {
          throw new IOException(CAUSE);
        },
        services.feeds(),
        services.settings());
  }

  private static DiscordWorld world() {
    return harness.world();
  }

  @Test
  @DisplayName("A failure after a public deferral replaces \"is thinking…\" with the short error")
  void failureAfterPublicDeferralEditsTheOriginal() {
    harness.start(failing());

    List<InteractionResponse> responses = harness.ask(world().bob(), "Who won?").awaitAnswer(WAIT);

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
    harness.start(failing());

    List<InteractionResponse> responses =
        harness.command(world().alice(), "reindex", Map.of()).awaitAnswer(WAIT);

    assertThat(responses).hasSize(2);
    assertThat(responses.get(0).callbackType()).isEqualTo(5);
    assertThat(responses.get(0).isEphemeral()).isTrue();
    assertThat(responses.get(1).kind()).isEqualTo(InteractionResponse.Kind.EDIT_ORIGINAL);
    assertThat(responses.get(1).content()).startsWith(SORRY).doesNotContain(CAUSE);
  }

  @Test
  @DisplayName("A failure answering a direct message is a short error reply")
  void failureAnsweringAMessage() throws Exception {
    harness.start(failing());

    PostedMessage reply =
        harness.emulator().sendDirectMessage(world().bob(), "Who won?").get(15, TimeUnit.SECONDS);

    assertThat(reply.content()).startsWith(SORRY).doesNotContain(CAUSE);
    assertThat(reply.repliesTo()).isEqualTo(harness.emulator().lastUserMessage()).isPresent();
  }

  @Test
  @DisplayName("Two /reindex still running hold up no question: they wait on their own thread")
  void reindexNeverHoldsTheAnsweringThreads() throws Exception {
    BotServices services = harness.services();
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    harness.start(
        new BotServices(
            services.answers(),
            services.askOptions(),
            services.whoSaid(),
            services.sources(),
            () -> {
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return io.newsdesk.index.IndexReport.empty();
            },
            services.feeds(),
            services.settings()));
    try {
      harness.command(world().alice(), "reindex", java.util.Map.of());
      harness.command(world().alice(), "reindex", java.util.Map.of());
      Thread.sleep(300);

      List<InteractionResponse> answer =
          harness.ask(world().bob(), "Will Ukraine join NATO?").awaitAnswer(WAIT);

      assertThat(BotHarness.lastMessage(answer).path("embeds").toString()).contains("NATO");
    } finally {
      release.countDown();
    }
  }
}
