package io.newsdesk.discord.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.app.Newsdesk;
import io.newsdesk.discord.BotServices;
import io.newsdesk.discord.BotStartupException;
import io.newsdesk.discord.DiscordBot;
import io.newsdesk.discord.emulator.DiscordEmulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the bot and Javacord write to the log. Logback's console appender writes the bot's lines and
 * Javacord's (its log4j is routed to logback) to whatever {@code System.err} is at the time of each
 * line, so swapping it captures both.
 */
final class BotLogTest {

  @TempDir Path dir;

  @Test
  @DisplayName(
      "The bot token never appears in the log: not on login, use, close, nor a refused one")
  void tokenIsNeverLogged() throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream original = System.err;
    String token;
    try (Newsdesk newsdesk = BotFixture.home(dir, 1, Map.of());
        DiscordEmulator emulator = DiscordEmulator.start()) {
      BotServices services = BotServices.of(newsdesk);
      token = emulator.validToken();
      System.setErr(new PrintStream(new Tee(original, log), true, StandardCharsets.UTF_8));
      try (DiscordBot bot = DiscordBot.start(token, services, BotFixture.through(emulator))) {
        emulator
            .sendSlashCommand(
                emulator.world().newsChannel(),
                emulator.world().bob(),
                "ask",
                Map.of("question", "Will Ukraine join NATO?"))
            .awaitAnswer(Duration.ofSeconds(15));
      }
      assertThatThrownBy(
              () -> DiscordBot.start(token + "x", services, BotFixture.through(emulator)))
          .isInstanceOf(BotStartupException.class);
      assertThat(emulator.violations()).isEmpty();
    } finally {
      System.setErr(original);
    }

    String logged = log.toString(StandardCharsets.UTF_8);
    assertThat(logged)
        .as("the capture saw the bot's and Javacord's lines")
        .contains("connected to Discord as")
        .contains("All SSL certificates are trusted")
        .contains("AUTHENTICATION_FAILED");
    String secret = token.substring(token.lastIndexOf('.') + 1);
    assertThat(logged).doesNotContain(token).doesNotContain(secret);
  }

  /** Writes to the real stderr too, so the run's output stays readable. */
  private static final class Tee extends OutputStream {
    private final OutputStream first;
    private final OutputStream second;

    Tee(OutputStream first, OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) throws IOException {
      first.write(b);
      second.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      first.write(b, off, len);
      second.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      first.flush();
      second.flush();
    }
  }
}
