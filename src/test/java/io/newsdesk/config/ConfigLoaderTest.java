package io.newsdesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The configuration loads, or stops with one line naming the file, the key and why")
final class ConfigLoaderTest {
  private static final Path SHIPPED = Path.of("config/newsdesk.yaml");

  @TempDir Path dir;
  private Path file;
  private String shipped;

  @BeforeEach
  void copyShipped() throws IOException {
    file = dir.resolve("newsdesk.yaml");
    shipped = Files.readString(SHIPPED);
  }

  /** The shipped file with one line replaced. */
  private Path shippedWith(String line, String replacement) throws IOException {
    assertThat(shipped).contains(line);
    Files.writeString(file, shipped.replace(line, replacement));
    return file;
  }

  private static ConfigException failure(Path file, Map<String, String> env) {
    ConfigException e =
        catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(file, env));
    assertThat(e).as("loading should fail").isNotNull();
    assertThat(e.getMessage()).doesNotContain("\n");
    return e;
  }

  @Test
  @DisplayName("the shipped config/newsdesk.yaml states exactly the defaults a file may leave out")
  void shippedConfigLoads() {
    Config config = ConfigLoader.load(SHIPPED, Map.of());

    assertThat(config.articles().paths()).containsExactly("seeds");
    assertThat(config.articles().refreshMinutes())
        .isEqualTo(Config.Articles.DEFAULT_REFRESH_MINUTES);
    assertThat(config.index()).isEqualTo(Config.Index.defaults());
    assertThat(config.answer()).isEqualTo(Config.Answer.defaults());
    assertThat(config.discord()).isEqualTo(Config.Discord.defaults());
    assertThat(config.metrics()).isEqualTo(Config.Metrics.defaults());
    assertThat(config.log()).isEqualTo(Logging.defaults());
    assertThat(config.metrics().enabled()).as("metrics are off unless asked for").isFalse();
  }

  @Test
  @DisplayName("metrics are switched on by a port, from the file or the environment")
  void metricsPort() {
    Config config =
        ConfigLoader.load(
            SHIPPED,
            Map.of("NEWSDESK_METRICS_PORT", "9464", "NEWSDESK_METRICS_ADDRESS", "0.0.0.0"));

    assertThat(config.metrics()).isEqualTo(new Config.Metrics(9464, "0.0.0.0"));
    assertThat(config.metrics().enabled()).isTrue();
  }

  @Test
  @DisplayName("an unknown key names the file and the key")
  void unknownKey() throws IOException {
    shippedWith("  excerpts: 3\n", "  excerpts: 3\n  exerpts-max: 4\n");

    ConfigException e = failure(file, Map.of());

    assertThat(e.getMessage())
        .startsWith(file.toString())
        .contains("answer.exerpts-max")
        .contains("unknown key");
  }

  @Test
  @DisplayName("an unknown top-level section names the file and the section")
  void unknownSection() throws IOException {
    Files.writeString(file, shipped + "\nsearch:\n  fuzzy: true\n");

    assertThat(failure(file, Map.of()).getMessage())
        .startsWith(file.toString())
        .contains("search")
        .contains("unknown key");
  }

  @Test
  @DisplayName("a value of the wrong type names the key")
  void wrongType() throws IOException {
    shippedWith("  excerpts: 3\n", "  excerpts: many\n");

    assertThat(failure(file, Map.of()).getMessage())
        .startsWith(file.toString())
        .contains("answer.excerpts")
        .contains("many");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "excerpts: 0|answer.excerpts: must be 1 to 10, was 0",
        "excerpts: 11|answer.excerpts: must be 1 to 10, was 11",
        "per-article: 0|answer.per-article: must be 1 to 10, was 0",
        "min-coverage: 2|answer.min-coverage: must be above 0 and at most 1, was 2.0",
        "min-coverage: 0|answer.min-coverage: must be above 0 and at most 1, was 0.0",
        "format: xml|log.format: must be text or json, was 'xml'",
        "level: loud|log.level: must be one of error, warn, info, debug, trace, was 'loud'",
      })
  @DisplayName("a value out of range names the key and the allowed range")
  void outOfRange(String setting, String expected) throws IOException {
    String key = "  " + setting.substring(0, setting.indexOf(':') + 1);
    String original =
        shipped.lines().filter(l -> l.startsWith(key)).findFirst().orElseThrow() + "\n";
    shippedWith(original, "  " + setting + "\n");

    assertThat(failure(file, Map.of()).getMessage()).isEqualTo(file + ": " + expected);
  }

  @Test
  @DisplayName("a missing file says it is not found")
  void missingFile() {
    Path missing = dir.resolve("nowhere.yaml");

    assertThat(failure(missing, Map.of()).getMessage())
        .isEqualTo(missing + ": config file not found");
  }

  @Test
  @DisplayName("invalid YAML names the file and says so")
  void invalidYaml() throws IOException {
    Files.writeString(file, "articles:\n  paths: [seeds\nindex: {path: x\n");

    assertThat(failure(file, Map.of()).getMessage()).startsWith(file + ": not valid YAML");
  }

  @Test
  @DisplayName("a missing articles section is named: it says where the news is")
  void missingSection() throws IOException {
    Files.writeString(file, "index:\n  path: data/index\n");

    assertThat(failure(file, Map.of()).getMessage())
        .startsWith(file.toString())
        .contains("articles");
  }

  @Test
  @DisplayName("a file giving only some keys takes the defaults for the rest")
  void partialFileTakesDefaults() throws IOException {
    Files.writeString(file, "articles:\n  paths: [news]\nanswer:\n  excerpts: 5\n");

    Config config = ConfigLoader.load(file, Map.of());

    assertThat(config.articles().paths()).containsExactly("news");
    assertThat(config.index()).isEqualTo(Config.Index.defaults());
    assertThat(config.answer().excerpts()).isEqualTo(5);
    assertThat(config.answer().perArticle()).isEqualTo(Config.Answer.defaults().perArticle());
    assertThat(config.answer().minCoverage()).isEqualTo(Config.Answer.defaults().minCoverage());
  }

  @Test
  @DisplayName("NEWSDESK_ANSWER_EXCERPTS=5 overrides answer.excerpts")
  void environmentOverridesANumber() {
    Config config = ConfigLoader.load(SHIPPED, Map.of("NEWSDESK_ANSWER_EXCERPTS", "5"));

    assertThat(config.answer().excerpts()).isEqualTo(5);
    assertThat(config.answer().perArticle()).isEqualTo(1);
  }

  @Test
  @DisplayName("NEWSDESK_LOG_FORMAT=JSON switches the log to JSON, keeping the level")
  void environmentChoosesJsonLogs() {
    Config config = ConfigLoader.load(SHIPPED, Map.of("NEWSDESK_LOG_FORMAT", "JSON"));

    assertThat(config.log()).isEqualTo(new Logging("json", "info"));
  }

  @Test
  @DisplayName("NEWSDESK_ARTICLES_PATHS=a,b gives the list [a, b]")
  void environmentGivesAList() {
    Config config = ConfigLoader.load(SHIPPED, Map.of("NEWSDESK_ARTICLES_PATHS", "a,b"));

    assertThat(config.articles().paths()).isEqualTo(List.of("a", "b"));
  }

  @Test
  @DisplayName("an environment override is checked like the file: out of range names the key")
  void environmentOverrideIsValidated() {
    assertThat(failure(SHIPPED, Map.of("NEWSDESK_ANSWER_PER_ARTICLE", "0")).getMessage())
        .contains("per-article: must be 1 to 10, was 0");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "NEWSDESK_ARTICLES_PATHS|,|articles.paths: give at least one file or folder",
        "NEWSDESK_ANSWER_MIN_COVERAGE|lots|answer.min-coverage",
        "NEWSDESK_ANSWER_EXCERPTS|11|answer.excerpts: must be 1 to 10, was 11",
        "NEWSDESK_INDEX_PATH|'  '|index.path: must name a folder",
        "NEWSDESK_METRICS_PORT|70000|metrics.port: must be 0 (off) to 65535, was 70000",
        "NEWSDESK_METRICS_ADDRESS|10.0.0.0/8|metrics.address: must be an address to listen on",
        "NEWSDESK_LOG_FORMAT|yaml|log.format: must be text or json, was 'yaml'",
      })
  @DisplayName("a bad value from the environment names the key like one from the file")
  void badEnvironmentValues(String variable, String value, String expected) {
    assertThat(failure(SHIPPED, Map.of(variable, value)).getMessage())
        .startsWith(SHIPPED.toString())
        .contains(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|expected sections",
        "'- seeds\n- data'|expected sections",
        "'articles: seeds\nindex:\n  path: x\nanswer:\n  excerpts: 3'|articles",
      })
  @DisplayName("a file of the wrong shape names the file and what it expected")
  void wrongShapes(String yaml, String expected) throws IOException {
    Files.writeString(file, yaml);

    assertThat(failure(file, Map.of()).getMessage()).startsWith(file.toString()).contains(expected);
  }

  @Test
  @DisplayName("an unknown NEWSDESK_ variable is rejected, naming it")
  void unknownEnvironmentVariable() {
    assertThat(failure(SHIPPED, Map.of("NEWSDESK_ANSWER_EXERPTS", "5")).getMessage())
        .contains("NEWSDESK_ANSWER_EXERPTS")
        .contains("not a configuration key");
  }

  @Test
  @DisplayName(
      "variables that are not keys (NEWSDESK_HOME, NEWSDESK_CONFIG) and others are ignored")
  void otherVariablesAreIgnored() {
    Config config =
        ConfigLoader.load(
            SHIPPED,
            Map.of("NEWSDESK_HOME", "/srv", "NEWSDESK_CONFIG", "x.yaml", "PATH", "/usr/bin"));

    assertThat(config).isEqualTo(ConfigLoader.load(SHIPPED, Map.of()));
  }
}
