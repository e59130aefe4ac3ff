package io.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.SeedArticles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The newsdesk command line, run on a temporary copy of the seeds")
final class NewsdeskCliTest {
  private static final String HEGSETH_SENTENCE =
      "Defense Secretary Pete Hegseth on Wednesday said he does not believe Ukraine joining NATO"
          + " is “realistic,”";
  private static final String US_POSITION =
      "The United States does not believe that NATO membership for Ukraine is a realistic outcome"
          + " of a negotiated settlement";
  private static final String THE_HILL_URL =
      "https://thehill.com/policy/defense/5140389-hegseth-nato-membership-ukraine-russia/";
  private static final String NO_MATCH =
      "I couldn't find anything in the indexed news that answers that";

  @TempDir static Path dir;
  private static Path config;

  @BeforeAll
  static void writeConfig() throws IOException {
    Path articles = SeedArticles.copyInto(dir.resolve("articles"));
    String shipped = Files.readString(Path.of("config/newsdesk.yaml"));
    assertThat(shipped).contains("    - seeds\n").contains("  path: data/index\n");
    config = dir.resolve("newsdesk.yaml");
    Files.writeString(
        config,
        shipped
            .replace("    - seeds\n", "    - " + articles.toAbsolutePath() + "\n")
            .replace("  path: data/index\n", "  path: " + dir.resolve("index") + "\n"));
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static CliRun withConfig(String... args) {
    return CliRun.withConfig(config, args);
  }

  @Test
  @DisplayName("ask 'Will Ukraine join NATO?' prints Hegseth's sentence and The Hill's link")
  void askNato() {
    CliRun run = withConfig("ask", "Will Ukraine join NATO?");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith("> ")
        .contains(HEGSETH_SENTENCE)
        .contains("\n  " + THE_HILL_URL + "\n")
        .doesNotContain("**")
        .doesNotContain("\\");
  }

  @Test
  @DisplayName("ask --format discord prints the Discord markdown the bot posts")
  void askDiscordFormat() {
    CliRun run = withConfig("ask", "--format", "discord", "Will Ukraine join NATO?");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("(<" + THE_HILL_URL + ">)").contains("**");
    assertThat(run.plainOut()).contains(HEGSETH_SENTENCE);
  }

  @Test
  @DisplayName("ask --format json prints the excerpts verbatim with their citations")
  void askJsonFormat() throws Exception {
    CliRun run = withConfig("ask", "--format", "json", "Will Ukraine join NATO?");

    assertThat(run.exit()).isZero();
    com.fasterxml.jackson.databind.JsonNode json =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    assertThat(json.get("status").asText()).isEqualTo("answered");
    assertThat(json.get("excerpts"))
        .anySatisfy(e -> assertThat(e.get("text").asText()).contains(HEGSETH_SENTENCE));
  }

  @Test
  @DisplayName("ask --format with an unknown format exits 2 naming the formats")
  void askUnknownFormat() {
    CliRun run = withConfig("ask", "--format", "html", "Will Ukraine join NATO?");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--format").contains("text");
  }

  @Test
  @DisplayName("ask --as-of 2020-01-01 finds nothing published by then and says so")
  void askAsOfBeforeTheNews() {
    CliRun run = withConfig("ask", "--as-of", "2020-01-01", "Will Ukraine join NATO?");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith(NO_MATCH).doesNotContain("thehill.com");
  }

  @Test
  @DisplayName("ask --as-of yesterday exits 2 with a one-line error")
  void askAsOfNotADate() {
    CliRun run = withConfig("ask", "--as-of", "yesterday", "Will Ukraine join NATO?");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip().lines())
        .singleElement()
        .asString()
        .contains("--as-of")
        .contains("'yesterday'")
        .contains("YYYY-MM-DD");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--excerpts", "--per-article"})
  @DisplayName(
      "ask with 0 excerpts or 0 per article exits 2 with a one-line error naming the option")
  void askWithZeroCount(String option) {
    CliRun run = withConfig("ask", option, "0", "Will Ukraine join NATO?");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip().lines()).singleElement().asString().contains(option);
  }

  @Test
  @DisplayName("who-said 'We must equalize security assistance to Ukraine' names Mark Rutte")
  void whoSaidRutte() {
    CliRun run = withConfig("who-said", "We must equalize security assistance to Ukraine");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("Mark Rutte");
    assertThat(run.plainOut()).contains("We must equalize security assistance to Ukraine");
  }

  @Test
  @DisplayName("quotes Hegseth lists what Pete Hegseth said")
  void quotesHegseth() {
    CliRun run = withConfig("quotes", "Hegseth");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("What Pete Hegseth");
    assertThat(run.plainOut()).contains(US_POSITION);
  }

  @Test
  @DisplayName("index of a path that does not exist reports it and exits 1")
  void indexMissingPath() {
    Path missing = dir.resolve("no-such-folder");

    CliRun run = withConfig("index", missing.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(missing + ": unreadable: no such file or folder");
    assertThat(run.out().strip()).startsWith("indexed 0").contains("failed 1");
  }

  @Test
  @DisplayName("ingest with the embedded index says what keeps that index up to date, in one line")
  void ingestIsForClusters() {
    CliRun run = withConfig("ingest");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "newsdesk: ingest is for index.backend: opensearch; with the embedded index, `newsdesk"
                + " bot` keeps it up to date as it runs and `newsdesk index` updates it once");
  }

  @Test
  @DisplayName("sources lists the two seed articles")
  void sources() {
    CliRun run = withConfig("sources");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("2 articles indexed");
    assertThat(run.out().lines().filter(l -> l.startsWith("• "))).hasSize(2);
    assertThat(run.out()).contains(THE_HILL_URL);
  }

  @Test
  @DisplayName("index of a broken file reports it and exits 1")
  void indexBrokenFile() throws IOException {
    Path broken = dir.resolve("broken.md");
    Files.writeString(broken, "---\ntitle: never closed\n\nSome text.\n");

    CliRun run = withConfig("index", broken.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("skipped " + broken.toAbsolutePath());
    assertThat(run.out()).contains("failed 1").doesNotContain("skipped " + broken);
  }

  @Test
  @DisplayName("a config with an unknown key exits 2 with one line naming the file and the key")
  void configWithWrongKey() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad, Files.readString(config).replace("  excerpts: 3\n", "  excerpts: 3\n  exerpts: 4\n"));

    CliRun run = run("--config", bad.toString(), "ask", "Will Ukraine join NATO?");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip().lines())
        .singleElement()
        .asString()
        .contains(bad.toString())
        .contains("answer.exerpts")
        .contains("unknown key");
  }

  /** The test configuration with the index on a cluster at {@code hosts} (empty: none). */
  private static Path onCluster(String name, String hosts) throws IOException {
    Path file = dir.resolve(name + ".yaml");
    Files.writeString(
        file,
        Files.readString(config)
            .replace("  backend: lucene\n", "  backend: opensearch\n")
            .replace("  hosts: []\n", "  hosts: [" + hosts + "]\n"));
    return file;
  }

  @Test
  @DisplayName("index.backend: opensearch without hosts is a configuration error in one line")
  void openSearchWithoutHosts() throws IOException {
    Path file = onCluster("no-hosts", "");

    CliRun run = run("--config", file.toString(), "ask", "Will Ukraine join NATO?");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip())
        .isEqualTo(
            "newsdesk: configuration error: "
                + file
                + ": index.backend is opensearch: set opensearch.hosts to the cluster's nodes");
  }

  @Test
  @DisplayName("a cluster nobody listens at: one line naming its address, nothing built beside it")
  void openSearchUnreachable() throws IOException {
    Path file = onCluster("unreachable", "http://127.0.0.1:9");

    CliRun run = run("--config", file.toString(), "ask", "Will Ukraine join NATO?");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip().lines())
        .singleElement()
        .asString()
        .startsWith("newsdesk: cannot read the OpenSearch cluster at http://127.0.0.1:9 (")
        .contains("Connection refused");
    CliRun health = run("--config", file.toString(), "health");
    assertThat(health.exit()).isEqualTo(1);
    assertThat(health.err().strip())
        .startsWith(
            "newsdesk: unhealthy: cannot read the OpenSearch cluster at http://127.0.0.1:9 (");
  }

  @Test
  @DisplayName("ask -x NATO asks about '-x NATO' instead of refusing an unknown option")
  void askWordsThatLookLikeOptions() {
    CliRun run = withConfig("ask", "-x", "NATO", "membership", "Ukraine");

    assertThat(run.exit()).isZero();
    assertThat(run.plainOut()).contains(US_POSITION);
  }

  @Test
  @DisplayName("quotes of 100,000 characters with control and bidi marks echoes a short clean line")
  void quotesOfHostileInput() {
    String hostile = "Zed\u202E\u0007\u001b[31m" + "x".repeat(100_000);

    CliRun run = withConfig("quotes", hostile);

    assertThat(run.exit()).isZero();
    assertThat(run.out().length()).isLessThan(400);
    assertThat(run.out().strip().chars())
        .noneMatch(c -> Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3", "51"})
  @DisplayName("quotes --limit out of range exits 2 with one line naming the option")
  void quotesLimitOutOfRange(String limit) {
    CliRun run = withConfig("quotes", "--limit", limit, "Hegseth");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip().lines())
        .singleElement()
        .asString()
        .contains("--limit")
        .contains(limit);
  }

  @Test
  @DisplayName("sources --limit 0 exits 2 with one line")
  void sourcesLimitZero() {
    CliRun run = withConfig("sources", "--limit", "0");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip().lines()).singleElement().asString().contains("--limit");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "  refresh-minutes: 10\n|  refresh-minutes: 1.5\n|articles.refresh-minutes",
        "  time-limit: 5s\n|  time-limit: 5\n|answer.time-limit",
        "  time-limit: 5s\n|  time-limit: 2m\n|time-limit: must be 100ms to 60s"
      })
  @DisplayName("a wrong number or duration in the config exits 2 with one line naming the key")
  void configWithWrongValue(String change) throws IOException {
    String[] parts = change.split("\\|");
    Path bad = dir.resolve("bad-value.yaml");
    String text = Files.readString(config);
    assertThat(text).contains(parts[0]);
    Files.writeString(bad, text.replace(parts[0], parts[1]));

    CliRun run = run("--config", bad.toString(), "ask", "Will Ukraine join NATO?");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip().lines()).singleElement().asString().contains(parts[2]);
  }

  @Test
  @DisplayName("health answers a probe from the index, and builds none where there is none")
  void health() throws IOException {
    withConfig("index");

    CliRun healthy = withConfig("health");

    assertThat(healthy.exit()).isZero();
    assertThat(healthy.out()).startsWith("newsdesk: healthy: the index answers");
    Path empty = dir.resolve("no-index-yet");
    Path otherConfig = dir.resolve("health.yaml");
    Files.writeString(
        otherConfig,
        Files.readString(config).replace(dir.resolve("index").toString(), empty.toString()));
    CliRun none = run("--config", otherConfig.toString(), "health");
    assertThat(none.exit()).isEqualTo(1);
    assertThat(none.err().strip().lines())
        .singleElement()
        .asString()
        .contains("unhealthy: there is no index yet");
    assertThat(empty).doesNotExist();
  }

  @Test
  @DisplayName("health --bot needs a running bot connected to Discord")
  void healthOfTheBot() throws Exception {
    withConfig("index");
    Path state = dir.resolve("index").resolve("bot-state.json");
    Files.deleteIfExists(state);

    CliRun noBot = withConfig("health", "--bot");
    io.newsdesk.app.BotState.now(true).write(state);
    CliRun connected = withConfig("health", "--bot");
    io.newsdesk.app.BotState.now(false).write(state);
    CliRun disconnected = withConfig("health", "--bot");
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    new io.newsdesk.app.BotState(ended.pid(), "2026-01-01T00:00:00Z", true, "2026-01-01T00:00:00Z")
        .write(state);
    CliRun gone = withConfig("health", "--bot");
    long self = ProcessHandle.current().pid();
    new io.newsdesk.app.BotState(self, "2020-01-01T00:00:00Z", true, "2026-01-01T00:00:00Z")
        .write(state); // this pid, but another process: the one that wrote it has ended
    CliRun reused = withConfig("health", "--bot");
    Files.delete(state);

    assertThat(noBot.exit()).isEqualTo(1);
    assertThat(noBot.err()).contains("no bot has run");
    assertThat(connected.exit()).isZero();
    assertThat(connected.out()).contains("the bot is connected to Discord");
    assertThat(disconnected.exit()).isEqualTo(1);
    assertThat(disconnected.err()).contains("not connected to Discord");
    assertThat(gone.exit()).isEqualTo(1);
    assertThat(gone.err()).contains("the bot is not running");
    assertThat(reused.exit()).isEqualTo(1);
    assertThat(reused.err()).contains("the bot is not running");
  }

  @Test
  @DisplayName("bot without DISCORD_TOKEN says so in one line before it indexes anything")
  void botWithoutToken() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("DISCORD_TOKEN") == null);
    Path index = dir.resolve("bot-index");
    Path botConfig = dir.resolve("bot.yaml");
    Files.writeString(
        botConfig,
        Files.readString(config).replace(dir.resolve("index").toString(), index.toString()));

    CliRun run = run("--config", botConfig.toString(), "bot");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip().lines())
        .singleElement()
        .asString()
        .contains("DISCORD_TOKEN is not set");
    assertThat(index).doesNotExist();
  }

  @Test
  @DisplayName("while another process writes the index, ask answers and index says who holds it")
  void readersWhileAnotherWrites() throws Exception {
    withConfig("index");
    try (io.newsdesk.app.Newsdesk writer =
        io.newsdesk.app.Newsdesk.forWriting(
            java.util.Optional.of(config), java.util.Map.of(), false)) {
      CliRun ask = withConfig("ask", "Will Ukraine join NATO?");
      CliRun index = withConfig("index");

      assertThat(ask.exit()).isZero();
      assertThat(ask.plainOut()).contains(HEGSETH_SENTENCE);
      assertThat(index.exit()).isEqualTo(2);
      assertThat(index.err().strip().lines())
          .singleElement()
          .asString()
          .contains("another Newsdesk process");
    }
  }
}
