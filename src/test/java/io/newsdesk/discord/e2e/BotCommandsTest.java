package io.newsdesk.discord.e2e;

import static io.newsdesk.discord.e2e.BotHarness.WAIT;
import static io.newsdesk.discord.e2e.BotHarness.lastMessage;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.discord.emulator.DiscordWorld;
import io.newsdesk.discord.emulator.InteractionResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bot's other commands end to end: /reindex, /latest, /help and /search. */
final class BotCommandsTest {
  /** The same home as {@link BotAnswersTest}'s: the seeds plus two fixtures, four articles. */
  @RegisterExtension static final BotHarness harness = new BotHarness(1, Fixtures.ARTICLES);

  private static DiscordWorld world() {
    return harness.world();
  }

  @Test
  @DisplayName("/reindex by a member without Manage Server is refused privately")
  void reindexRefusedToMembers() {
    harness.start();

    List<InteractionResponse> responses =
        harness.command(world().bob(), "reindex", Map.of()).awaitAnswer(WAIT);

    assertThat(responses)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.isEphemeral()).isTrue();
              assertThat(r.content()).contains("Manage Server");
            });
  }

  @Test
  @DisplayName("/reindex by an admin reports what was indexed, privately")
  void reindexByAdmin() {
    harness.start();

    List<InteractionResponse> responses =
        harness.command(world().alice(), "reindex", Map.of()).awaitAnswer(WAIT);

    assertThat(responses.get(0).isEphemeral()).isTrue();
    assertThat(responses.get(1).content()).contains("Index updated:").contains("unchanged 4");
  }

  @Test
  @DisplayName("/feeds add and remove need Manage Server; /feeds list shows what an admin added")
  void feedsAddListRemove() {
    harness.start();
    String url = "http://127.0.0.1:9/harbour.xml";

    List<InteractionResponse> refused =
        harness
            .command(world().bob(), "feeds add", Map.of("url", url, "name", "Harbour News"))
            .awaitAnswer(WAIT);
    List<InteractionResponse> added =
        harness
            .command(world().alice(), "feeds add", Map.of("url", url, "name", "Harbour News"))
            .awaitAnswer(WAIT);
    List<InteractionResponse> listed =
        harness.command(world().bob(), "feeds list", Map.of()).awaitAnswer(WAIT);
    List<InteractionResponse> removed =
        harness.command(world().alice(), "feeds remove", Map.of("url", url)).awaitAnswer(WAIT);
    List<InteractionResponse> after =
        harness.command(world().bob(), "feeds list", Map.of()).awaitAnswer(WAIT);

    assertThat(refused)
        .singleElement()
        .satisfies(r -> assertThat(r.content()).contains("Manage Server"));
    assertThat(added.get(added.size() - 1).content()).startsWith("Added ").contains("Harbour News");
    assertThat(listed.get(listed.size() - 1).content())
        .contains("1 feed followed")
        .contains("Harbour News")
        .contains("not polled yet");
    assertThat(removed.get(removed.size() - 1).content()).startsWith("Removed ");
    assertThat(after.get(after.size() - 1).content()).contains("No feeds are followed");
    assertThat(listed).allSatisfy(r -> assertThat(r.isEphemeral()).isTrue());
  }

  @Test
  @DisplayName("/latest lists the newest articles with links; /help answers at once, privately")
  void latestAndHelp() {
    harness.start();

    JsonNode latest =
        lastMessage(harness.command(world().bob(), "latest", Map.of()).awaitAnswer(WAIT));
    List<InteractionResponse> help =
        harness.command(world().bob(), "help", Map.of()).awaitAnswer(WAIT);

    assertThat(latest.path("content").asText()).contains("4 indexed articles");
    assertThat(latest.path("embeds")).hasSize(4);
    BotHarness.assertPrivateImmediateReply(help, "/who-said");
  }

  @Test
  @DisplayName("/search filters by source")
  void searchBySource() {
    harness.start();

    JsonNode message =
        lastMessage(
            harness
                .command(
                    world().bob(),
                    "search",
                    Map.of("terms", "NATO membership", "source", "thehill"))
                .awaitAnswer(WAIT));

    assertThat(message.path("embeds")).isNotEmpty();
    message.path("embeds").forEach(e -> assertThat(e.toString()).contains("thehill"));
  }
}
