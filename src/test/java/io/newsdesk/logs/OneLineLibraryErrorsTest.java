package io.newsdesk.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.config.Logging;
import java.io.IOException;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A library's error with an exception is one line; Newsdesk's own keep their stack traces. */
final class OneLineLibraryErrorsTest {
  private static final Logger JAVACORD =
      LoggerFactory.getLogger("org.javacord.core.util.gateway.DiscordWebSocketAdapter");
  private static final Logger OWN = LoggerFactory.getLogger("io.newsdesk.app.FeedIngest");
  private static final String NL = System.lineSeparator();

  @AfterEach
  void backToDefaults() {
    LogSetup.apply(Logging.defaults());
  }

  /** What Javacord's websocket adapter catches when Discord resolves but refuses connections. */
  private static Throwable refused() {
    ConnectException outer = new ConnectException("Failed to connect to /127.0.0.1:9");
    outer.initCause(new ConnectException("Connection refused"));
    return new CompletionException(outer);
  }

  @Test
  @DisplayName("Javacord's refused connection: one line, the message and the causes")
  void libraryErrorIsOneLine() {
    String err = Stderr.of(() -> JAVACORD.warn("A websocket frame could not be sent", refused()));

    assertThat(err)
        .isEqualTo(
            "[WARN] A websocket frame could not be sent (java.net.ConnectException:"
                + " Failed to connect to /127.0.0.1:9; caused by java.net.ConnectException:"
                + " Connection refused)"
                + NL);
  }

  @Test
  @DisplayName("an exception given as the last argument after the placeholders is shortened too")
  void throwableAsLastArgument() {
    String err =
        Stderr.of(
            () ->
                LoggerFactory.getLogger("okhttp3.OkHttpClient")
                    .error("call to {} failed", "discord.com", new IOException("stream reset")));

    assertThat(err)
        .isEqualTo("[ERROR] call to discord.com failed (java.io.IOException: stream reset)" + NL);
  }

  @Test
  @DisplayName("Newsdesk's own errors keep their stack traces")
  void ownErrorsKeepTheirStack() {
    String err = Stderr.of(() -> OWN.warn("feed {} failed", "bbc", new IOException("reset")));

    assertThat(err).startsWith("[WARN] feed bbc failed" + NL + "java.io.IOException: reset");
    assertThat(err).contains("\tat ");
  }

  @Test
  @DisplayName("at level debug a library's error comes with its stack trace")
  void debugKeepsTheStack() {
    String err =
        Stderr.of(
            () -> {
              LogSetup.apply(new Logging("text", "debug"));
              JAVACORD.warn("A websocket frame could not be sent", refused());
            });

    assertThat(err)
        .startsWith("[WARN] A websocket frame could not be sent" + NL)
        .contains("Caused by: java.net.ConnectException: Connection refused")
        .contains("\tat ");
  }

  @Test
  @DisplayName("a library error below the level is not logged at all")
  void belowTheLevel() {
    String err =
        Stderr.of(
            () -> {
              LogSetup.apply(new Logging("text", "error"));
              JAVACORD.warn("A websocket frame could not be sent", refused());
            });

    assertThat(err).isEmpty();
  }

  @Test
  @DisplayName("in JSON, the same one line, as one object without a stack trace")
  void jsonToo() throws IOException {
    String err =
        Stderr.of(
            () -> {
              LogSetup.apply(new Logging("json", "info"));
              JAVACORD.warn("A websocket frame could not be sent", refused());
            });

    List<String> lines = err.lines().toList();
    assertThat(lines).hasSize(1);
    JsonNode line = new ObjectMapper().readTree(lines.get(0));
    assertThat(line.path("level").asText()).isEqualTo("WARN");
    assertThat(line.path("loggerName").asText()).isEqualTo(JAVACORD.getName());
    assertThat(line.path("formattedMessage").asText())
        .startsWith("A websocket frame could not be sent (java.net.ConnectException:")
        .endsWith("caused by java.net.ConnectException: Connection refused)");
    assertThat(line.path("throwable").isNull()).isTrue();
  }
}
