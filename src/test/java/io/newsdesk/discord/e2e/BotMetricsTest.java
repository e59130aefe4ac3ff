package io.newsdesk.discord.e2e;

import static io.newsdesk.discord.e2e.BotHarness.QUESTION;
import static io.newsdesk.discord.e2e.BotHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.config.Config;
import io.newsdesk.discord.BotServices;
import io.newsdesk.metrics.MetricsServer;
import io.newsdesk.metrics.Scraped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a running bot reports to Prometheus, driven through the emulated Discord. */
final class BotMetricsTest {
  @RegisterExtension static final BotHarness harness = new BotHarness(1);

  private static String questions(String command, String outcome) {
    return "newsdesk_questions_total{command=\"%s\",outcome=\"%s\"}".formatted(command, outcome);
  }

  @Test
  @DisplayName("Questions are counted by command and outcome: answered, nothing found, refused")
  void questionsByOutcome() throws Exception {
    Config.Discord settings = harness.services().settings();
    try (MetricsServer server = MetricsServer.start("127.0.0.1", 0)) {
      harness.start(
          harness
              .services()
              .withSettings(
                  new Config.Discord(settings.guildId(), 3, List.of(), List.of(), 1, List.of())));
      var world = harness.world();

      harness.ask(world.bob(), QUESTION).awaitAnswer(WAIT);
      harness.ask(world.bob(), "Did the zorblax quintet flumph?").awaitAnswer(WAIT);
      harness
          .command(world.bob(), "who-said", Map.of("quote", "zorblax quintet flumph"))
          .awaitAnswer(WAIT);
      harness.ask(world.bob(), QUESTION).awaitAnswer(WAIT);
      harness
          .emulator()
          .sendDirectMessage(world.alice(), QUESTION)
          .get(15, java.util.concurrent.TimeUnit.SECONDS);

      Scraped scraped = Scraped.from(server);
      assertThat(scraped.value(questions("ask", "answered"))).isEqualTo(1);
      assertThat(scraped.value(questions("ask", "nothing_found"))).isEqualTo(1);
      assertThat(scraped.value(questions("who-said", "nothing_found"))).isEqualTo(1);
      assertThat(scraped.value(questions("ask", "refused")))
          .as("bob's fourth question in a minute, past the limit of 3")
          .isEqualTo(1);
      assertThat(scraped.value(questions("message", "answered"))).isEqualTo(1);
      assertThat(scraped.value("newsdesk_answer_seconds_count{command=\"ask\"}")).isEqualTo(2);
    }
  }

  @Test
  @DisplayName("A command that fails counts as an error; a lost gateway connection is counted")
  void errorsAndDisconnects() throws Exception {
    BotServices failing =
        harness
            .services()
            .withAnswers(
                (question, options) -> {
                  throw new IllegalStateException("the index is gone");
                });
    try (MetricsServer server = MetricsServer.start("127.0.0.1", 0)) {
      BotFixture fixture = harness.start(failing);
      fixture.bot.onConnection(connected -> {});

      harness.ask(harness.world().bob(), QUESTION).awaitAnswer(WAIT);
      harness.emulator().dropConnection();
      waitFor(() -> Scraped.from(server).value("newsdesk_discord_disconnects_total") >= 1);

      Scraped scraped = Scraped.from(server);
      assertThat(scraped.value(questions("ask", "error"))).isEqualTo(1);
      assertThat(scraped.value(questions("ask", "answered"))).isZero();
      assertThat(scraped.value("newsdesk_discord_disconnects_total")).isEqualTo(1);
    }
  }

  @Test
  @DisplayName("Discord's 429 is counted as a rate limit, and the reply still arrives after it")
  void discordRateLimits() throws Exception {
    try (MetricsServer server = MetricsServer.start("127.0.0.1", 0)) {
      harness.start();
      harness.emulator().tooManyRequests(1);

      var reply =
          harness
              .emulator()
              .sendDirectMessage(harness.world().alice(), QUESTION)
              .get(15, java.util.concurrent.TimeUnit.SECONDS);

      assertThat(reply.body().path("embeds").toString()).contains("NATO");
      assertThat(
              harness.emulator().restCalls().stream().filter(c -> c.startsWith("POST /channels/")))
          .as("the 429, then the message again")
          .hasSize(2);
      assertThat(Scraped.from(server).value("newsdesk_discord_rate_limits_total")).isEqualTo(1);
    }
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  private static void waitFor(Check check) throws Exception {
    long until = System.nanoTime() + WAIT.toNanos();
    while (!check.holds() && System.nanoTime() < until) {
      Thread.sleep(Duration.ofMillis(50));
    }
  }
}
