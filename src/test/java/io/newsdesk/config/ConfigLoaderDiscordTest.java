package io.newsdesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ConfigLoaderDiscordTest {
  private static final String CORE =
      """
      articles:
        paths: [seeds]
      index:
        path: data/index
      answer:
        excerpts: 3
        per-article: 1
        min-coverage: 0.5
      """;

  @TempDir Path dir;

  private Config load(String yaml, Map<String, String> env) throws IOException {
    Path file = dir.resolve("newsdesk.yaml");
    Files.writeString(file, yaml);
    return ConfigLoader.load(file, env);
  }

  @Test
  @DisplayName("A file without a discord section gets the defaults")
  void discordSectionIsOptional() throws IOException {
    assertThat(load(CORE, Map.of()).discord()).isEqualTo(Config.Discord.defaults());
  }

  @Test
  @DisplayName("The shipped config/newsdesk.yaml loads, with the Discord defaults")
  void shippedConfigLoads() {
    Config config = ConfigLoader.load(Path.of("config/newsdesk.yaml"), Map.of());
    assertThat(config.discord()).isEqualTo(Config.Discord.defaults());
  }

  @Test
  @DisplayName("Optional ids, long ids, empty and given lists are read from YAML")
  void readsEveryKind() throws IOException {
    Config.Discord discord =
        load(
                CORE
                    + """
                discord:
                  guild-id: 1234567890123456789
                  rate-limit-per-minute: 3
                  ask-channels: [987654321098765432]
                  allowed-channels: []
                  total-shards: 4
                  shards: [1, 3]
                """,
                Map.of())
            .discord();
    assertThat(discord.guildId()).contains(1234567890123456789L);
    assertThat(discord.rateLimitPerMinute()).isEqualTo(3);
    assertThat(discord.askChannels()).containsExactly(987654321098765432L);
    assertThat(discord.allowedChannels()).isEmpty();
    assertThat(discord.shardsToRun()).containsExactly(1, 3);
  }

  @Test
  @DisplayName("Environment variables override the discord keys, lists comma-separated")
  void environmentOverrides() throws IOException {
    Config.Discord discord =
        load(
                CORE,
                Map.of(
                    "NEWSDESK_DISCORD_GUILD_ID", "42",
                    "NEWSDESK_DISCORD_ALLOWED_CHANNELS", "7, 8",
                    "NEWSDESK_DISCORD_RATE_LIMIT_PER_MINUTE", "10"))
            .discord();
    assertThat(discord.guildId()).isEqualTo(Optional.of(42L));
    assertThat(discord.allowedChannels()).isEqualTo(List.of(7L, 8L));
    assertThat(discord.rateLimitPerMinute()).isEqualTo(10);
    assertThat(discord.totalShards()).isEqualTo(1);
  }

  @Test
  @DisplayName("A wrong value stops loading with a message naming the key")
  void wrongValuesNameTheKey() {
    assertThatThrownBy(() -> load(CORE + "discord:\n  rate-limit-per-minute: 0\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("discord.rate-limit-per-minute: must be 1 to 600");
    assertThatThrownBy(() -> load(CORE + "discord:\n  total-shards: 2\n  shards: [2]\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("shards: 2 is not a shard of 0 to 1");
    assertThatThrownBy(() -> load(CORE, Map.of("NEWSDESK_DISCORD_GUILD_ID", "-5")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("guild-id");
  }
}
