package io.newsdesk.discord.e2e;

import static io.newsdesk.discord.e2e.BotHarness.WAIT;
import static io.newsdesk.discord.e2e.BotHarness.lastMessage;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.SeedArticles;
import io.newsdesk.app.Newsdesk;
import io.newsdesk.discord.BotServices;
import io.newsdesk.discord.emulator.DiscordWorld;
import io.newsdesk.discord.emulator.EmulatorConfig;
import io.newsdesk.discord.emulator.InteractionResponse;
import io.newsdesk.opensearch.TestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot with {@code index.backend: opensearch}, on the emulated Discord: it answers from a real
 * cluster that {@code newsdesk index} filled, and /reindex says where indexing happens instead.
 */
final class BotOnClusterClusterTest {
  @TempDir Path dir;

  @Test
  @DisplayName("a bot on a cluster answers /ask and /latest from it; /reindex points to index")
  void answersFromTheCluster() throws Exception {
    SeedArticles.copyInto(dir.resolve("articles"));
    try (TestCluster cluster = TestCluster.start(1, Map.of())) {
      Path config = dir.resolve("newsdesk.yaml");
      Files.writeString(
          config,
          """
          articles:
            paths: [articles]
          index:
            path: state
            backend: opensearch
          opensearch:
            hosts: [%s]
            index-prefix: bot
          """
              .formatted(String.join(", ", cluster.hosts())));
      Map<String, String> env = Map.of("NEWSDESK_HOME", dir.toString());
      assertThat(Newsdesk.fillCluster(Optional.of(config), env, false).files().articles())
          .isEqualTo(2);

      try (Newsdesk newsdesk = Newsdesk.forReading(Optional.of(config), env);
          BotFixture fixture =
              BotFixture.start(
                  world -> BotServices.onCluster(newsdesk), EmulatorConfig.defaults())) {
        DiscordWorld world = fixture.emulator.world();
        List<InteractionResponse> asked =
            fixture
                .emulator
                .sendSlashCommand(
                    world.newsChannel(),
                    world.bob(),
                    "ask",
                    Map.of("question", BotHarness.QUESTION))
                .awaitAnswer(WAIT);
        List<InteractionResponse> latest =
            fixture
                .emulator
                .sendSlashCommand(world.newsChannel(), world.bob(), "latest", Map.of())
                .awaitAnswer(WAIT);
        List<InteractionResponse> reindex =
            fixture
                .emulator
                .sendSlashCommand(world.newsChannel(), world.alice(), "reindex", Map.of())
                .awaitAnswer(WAIT);

        List<InteractionResponse> added =
            fixture
                .emulator
                .sendSlashCommand(
                    world.newsChannel(),
                    world.alice(),
                    "feeds add",
                    Map.of("url", "https://example.com/feed.xml"))
                .awaitAnswer(WAIT);

        assertThat(lastMessage(added).toString())
            .contains(
                "Not added: on an OpenSearch cluster the followed feeds are those of the"
                    + " configuration");
        assertThat(lastMessage(asked).toString())
            .contains("Hegseth")
            .contains("thehill.com/policy/defense/5140389-hegseth-nato-membership-ukraine-russia");
        assertThat(lastMessage(latest).path("content").asText()).contains("2 indexed articles");
        assertThat(lastMessage(reindex).toString()).contains("newsdesk index");
        assertThat(fixture.emulator.violations()).isEmpty();
      }
    }
  }
}
