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
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.javacord.api.DiscordApi;
import org.javacord.api.DiscordApiBuilder;
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

  @Test
  @DisplayName(
      "While Discord resolves but refuses connections, each of Javacord's retries is one line with"
          + " its cause, no stack trace and no token; the login succeeds once Discord is back")
  void unreachableDiscordIsOneLinePerRetry() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream original = System.err;
    String token;
    try (DiscordEmulator emulator = DiscordEmulator.start()) {
      token = emulator.validToken();
      SwitchedProxy proxy = new SwitchedProxy(closedPort());
      System.setErr(new PrintStream(new Tee(original, log), true, StandardCharsets.UTF_8));
      CompletableFuture<DiscordApi> login =
          new DiscordApiBuilder()
              .setToken(token)
              .setProxySelector(proxy)
              .setTrustAllCertificates(true)
              .login();
      awaitLines(log, MERGED, 2);
      proxy.to(emulator.proxy());
      DiscordApi api = login.get(30, TimeUnit.SECONDS);
      api.disconnect().get(10, TimeUnit.SECONDS);
    } finally {
      System.setErr(original);
    }

    List<String> lines = log.toString(StandardCharsets.UTF_8).lines().toList();
    List<String> attempts = lines.stream().filter(l -> l.contains(MERGED)).toList();
    assertThat(attempts).hasSizeGreaterThanOrEqualTo(2);
    assertThat(attempts)
        .as("the failure, its causes and the wait before the next try, as one line")
        .allMatch(l -> l.startsWith("[WARN] " + MERGED + " ("))
        .allMatch(l -> l.contains("caused by java.net.ConnectException: Connection refused)"))
        .allMatch(l -> l.matches(".*; trying again in \\d+ s$"));
    assertThat(lines)
        .as("neither half alone")
        .noneMatch(l -> l.contains(FAILURE) || l.contains(RETRY));
    assertThat(lines)
        .as("one line per event, no stack frames")
        .allMatch(l -> l.startsWith("["))
        .noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by"));
    String secret = token.substring(token.lastIndexOf('.') + 1);
    assertThat(String.join("\n", lines)).doesNotContain(token).doesNotContain(secret);
  }

  private static final String FAILURE = "An error occurred while connecting to websocket";
  private static final String RETRY = "Trying to reconnect/resume in";
  private static final String MERGED = "cannot connect to Discord's gateway";

  /** A loopback port nothing listens on: connecting to it is refused at once. */
  private static InetSocketAddress closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
    }
  }

  private static void awaitLines(ByteArrayOutputStream log, String text, int count)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (log.toString(StandardCharsets.UTF_8).split(text, -1).length - 1 < count) {
      assertThat(System.nanoTime())
          .as("%d lines with '%s' in 30 s", count, text)
          .isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  /** The HTTP proxy Javacord connects through: first a closed port, then the emulator. */
  private static final class SwitchedProxy extends ProxySelector {
    private volatile Proxy proxy;

    SwitchedProxy(InetSocketAddress unreachable) {
      this.proxy = new Proxy(Proxy.Type.HTTP, unreachable);
    }

    void to(Proxy next) {
      proxy = next;
    }

    @Override
    public List<Proxy> select(URI uri) {
      return List.of(proxy);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {}
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
