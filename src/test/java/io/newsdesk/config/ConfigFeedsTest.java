package io.newsdesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Feeds are configured under feeds: and NEWSDESK_FEEDS, fetching under fetch:")
final class ConfigFeedsTest {
  @TempDir Path dir;

  private Path file(String yaml) throws IOException {
    return Files.writeString(dir.resolve("newsdesk.yaml"), "articles:\n  paths: [news]\n" + yaml);
  }

  @Test
  @DisplayName("the shipped file follows no feed and fetches with the defaults")
  void shippedDefaults() {
    Config config = ConfigLoader.load(Path.of("config/newsdesk.yaml"), Map.of());

    assertThat(config.feeds()).isEmpty();
    assertThat(config.fetch()).isEqualTo(Fetch.defaults());
  }

  @Test
  @DisplayName("a feed is an address, or url with name and every; every defaults to 15m")
  void feedEntries() throws IOException {
    Config config =
        ConfigLoader.load(
            file(
                "feeds:\n  - https://a.example/rss\n  - url: https://b.example/atom\n"
                    + "    name: B News\n    every: 1h\n"),
            Map.of());

    assertThat(config.feeds())
        .containsExactly(
            new Feed("https://a.example/rss", Optional.empty(), Duration.ofMinutes(15)),
            new Feed("https://b.example/atom", Optional.of("B News"), Duration.ofHours(1)));
  }

  @Test
  @DisplayName("NEWSDESK_FEEDS adds feeds to those of the file")
  void environmentAddsFeeds() throws IOException {
    Config config =
        ConfigLoader.load(
            file("feeds:\n  - https://a.example/rss\n"),
            Map.of("NEWSDESK_FEEDS", "https://c.example/rss, https://d.example/rss"));

    assertThat(config.feeds())
        .extracting(Feed::url)
        .containsExactly("https://a.example/rss", "https://c.example/rss", "https://d.example/rss");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "feeds:\\n  - ftp://a.example/rss\\n|feeds[0].url: 'ftp://a.example/rss' is not an http",
        "feeds:\\n  - url: https://a.example/rss\\n    every: 30s\\n|feeds[0].every: must be 1m to 7d",
        "feeds:\\n  - url: https://a.example/rss\\n    every: soon\\n|not a duration",
        "fetch:\\n  timeout: 0s\\n|fetch.timeout: must be 1s to 300s",
        "fetch:\\n  user-agent: curl\\n|fetch.user-agent: must name Newsdesk",
        "fetch:\\n  max-items-per-poll: 0\\n|fetch.max-items-per-poll",
        "feeds: https://a.example/rss\\n|feeds"
      })
  @DisplayName("a wrong feed or fetch setting is one line naming the key")
  void wrongSettings(String yaml, String expected) throws IOException {
    Path file = file(yaml.replace("\\n", "\n"));

    ConfigException e =
        catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(file, Map.of()));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains(file.toString()).contains(expected).doesNotContain("\n");
  }
}
