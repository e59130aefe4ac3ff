package io.newsdesk.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.config.Logging;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The log section of the config, applied: what lands on stderr. */
final class LogSetupTest {
  private static final Logger OWN = LoggerFactory.getLogger("io.newsdesk.app.Newsdesk");
  private static final ObjectMapper JSON = new ObjectMapper();

  @AfterEach
  void backToDefaults() {
    LogSetup.apply(Logging.defaults());
  }

  @Test
  @DisplayName(
      "format json: every line on stderr is one JSON object with level, logger and message")
  void jsonLines() throws IOException {
    String err =
        Stderr.of(
            () -> {
              LogSetup.apply(new Logging("json", "info"));
              OWN.info("indexed {} articles", 26);
              OWN.warn("cannot read {}", "a.md", new IOException("disk full"));
              OWN.debug("not logged at info");
            });

    List<JsonNode> lines = new ArrayList<>();
    for (String line : err.lines().toList()) {
      lines.add(JSON.readTree(line));
    }
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).path("level").asText()).isEqualTo("INFO");
    assertThat(lines.get(0).path("loggerName").asText()).isEqualTo("io.newsdesk.app.Newsdesk");
    assertThat(lines.get(0).path("message").asText()).isEqualTo("indexed {} articles");
    assertThat(lines.get(0).path("formattedMessage").asText()).isEqualTo("indexed 26 articles");
    assertThat(lines.get(0).path("timestamp").asLong()).isPositive();
    assertThat(lines.get(1).path("level").asText()).isEqualTo("WARN");
    assertThat(lines.get(1).path("formattedMessage").asText()).isEqualTo("cannot read a.md");
    assertThat(lines.get(1).path("throwable").path("message").asText()).isEqualTo("disk full");
  }

  @Test
  @DisplayName("back to format text, lines look as before: [LEVEL] message")
  void textLinesAgain() {
    String err =
        Stderr.of(
            () -> {
              LogSetup.apply(new Logging("json", "info"));
              LogSetup.apply(Logging.defaults());
              OWN.info("indexed {} articles", 26);
            });

    assertThat(err).isEqualTo("[INFO] indexed 26 articles" + System.lineSeparator());
  }

  @Test
  @DisplayName("level debug logs debug lines too; level warn leaves out info")
  void level() {
    String debug =
        Stderr.of(
            () -> {
              LogSetup.apply(new Logging("text", "debug"));
              OWN.debug("polling {}", "bbc");
            });
    String warn =
        Stderr.of(
            () -> {
              LogSetup.apply(new Logging("text", "warn"));
              OWN.info("indexed {} articles", 26);
              OWN.warn("feed {} failed", "bbc");
            });

    assertThat(debug).isEqualTo("[DEBUG] polling bbc" + System.lineSeparator());
    assertThat(warn).isEqualTo("[WARN] feed bbc failed" + System.lineSeparator());
  }
}
