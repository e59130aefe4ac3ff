package io.newsdesk.logs;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A failed connection to Discord's gateway and the wait before the next try: one line. */
final class DiscordReconnectsTest {
  private static final Logger GATEWAY = LoggerFactory.getLogger(DiscordReconnects.LOGGER);
  private static final String NL = System.lineSeparator();

  @AfterEach
  void infoAgain() {
    ((ch.qos.logback.classic.Logger) GATEWAY).setLevel(null);
  }

  private static Throwable refused() {
    ConnectException outer = new ConnectException("Failed to connect to /127.0.0.1:9");
    outer.initCause(new ConnectException("Connection refused"));
    return new CompletionException(outer);
  }

  @Test
  @DisplayName(
      "the failure and Javacord's 'Trying to reconnect/resume in 4 seconds!' become one line")
  void failureAndRetryAreOneLine() {
    String err =
        Stderr.of(
            () -> {
              GATEWAY.warn(DiscordReconnects.FAILURE, refused());
              GATEWAY.info("Trying to reconnect/resume in 4 seconds!");
              GATEWAY.warn(DiscordReconnects.FAILURE, refused());
              GATEWAY.info("Trying to reconnect/resume in {} seconds!", 8);
            });

    String line =
        "[WARN] cannot connect to Discord's gateway (java.net.ConnectException: Failed to connect"
            + " to /127.0.0.1:9; caused by java.net.ConnectException: Connection refused); trying"
            + " again in %s s";
    assertThat(err).isEqualTo(line.formatted(4) + NL + line.formatted(8) + NL);
  }

  @Test
  @DisplayName("a failure that no retry follows still comes out, before the next line")
  void failureWithoutRetryIsKept() {
    String err =
        Stderr.of(
            () -> {
              GATEWAY.warn(DiscordReconnects.FAILURE, refused());
              GATEWAY.info("Websocket closed with reason 'bye' and code 1000");
            });

    assertThat(err.lines())
        .hasSize(2)
        .first()
        .asString()
        .startsWith("[WARN] " + DiscordReconnects.FAILURE + " (java.net.ConnectException:");
    assertThat(err.lines().toList().get(1)).contains("Websocket closed");
  }

  @Test
  @DisplayName("at debug, the gateway's lines pass as Javacord writes them, stack and all")
  void debugKeepsEverything() {
    ((ch.qos.logback.classic.Logger) GATEWAY).setLevel(Level.DEBUG);
    String err =
        Stderr.of(
            () -> {
              GATEWAY.warn(DiscordReconnects.FAILURE, refused());
              GATEWAY.info("Trying to reconnect/resume in 4 seconds!");
            });

    assertThat(err).startsWith("[WARN] " + DiscordReconnects.FAILURE + NL).contains("\tat ");
    assertThat(err).contains("[INFO] Trying to reconnect/resume in 4 seconds!");
  }
}
