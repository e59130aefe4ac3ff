package io.newsdesk.discord.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.SeedArticles;
import io.newsdesk.app.Newsdesk;
import io.newsdesk.discord.BotServices;
import io.newsdesk.discord.DiscordBot;
import io.newsdesk.discord.emulator.DiscordEmulator;
import io.newsdesk.discord.emulator.DiscordWorld;
import io.newsdesk.discord.emulator.EmulatorConfig;
import io.newsdesk.index.IngestProgress;
import io.newsdesk.render.DiscordMarkdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.javacord.api.DiscordApiBuilder;

/**
 * A Newsdesk home in a temp folder (the seed articles plus fixtures, a config, a built index), and
 * a bot logged in to a fresh emulator. Tests get both through {@link BotHarness}.
 */
final class BotFixture implements AutoCloseable {
  static final Path SEEDS = Path.of("seeds");

  /** A temp home with the seeds, the given extra articles, and {@code excerpts} per reply. */
  static Newsdesk home(Path dir, int excerpts, Map<String, String> extraArticles)
      throws IOException {
    Path articles = SeedArticles.copyInto(dir.resolve("articles"));
    for (Map.Entry<String, String> article : extraArticles.entrySet()) {
      Files.writeString(articles.resolve(article.getKey()), article.getValue());
    }
    Path config = dir.resolve("newsdesk.yaml");
    Files.writeString(
        config,
        """
        articles:
          paths: [articles]
        index:
          path: index
        answer:
          excerpts: %d
          per-article: 1
          min-coverage: 0.5
        """
            .formatted(excerpts));
    Newsdesk newsdesk =
        Newsdesk.forWriting(Optional.of(config), Map.of("NEWSDESK_HOME", dir.toString()), true);
    newsdesk.updateFromConfig(new IngestProgress(), () -> false);
    return newsdesk;
  }

  final DiscordEmulator emulator;
  final DiscordBot bot;

  private BotFixture(DiscordEmulator emulator, DiscordBot bot) {
    this.emulator = emulator;
    this.bot = bot;
  }

  /** A bot whose services may depend on the emulator's world, e.g. on its guild or channel ids. */
  static BotFixture start(Function<DiscordWorld, BotServices> services, EmulatorConfig config) {
    DiscordEmulator emulator = DiscordEmulator.start(config);
    try {
      DiscordBot bot =
          DiscordBot.start(
              emulator.validToken(), services.apply(emulator.world()), through(emulator));
      return new BotFixture(emulator, bot);
    } catch (RuntimeException e) {
      emulator.close();
      throw new AssertionError("bot did not start; emulator saw " + emulator.violations(), e);
    }
  }

  /** Points the bot's Javacord builder at the emulator, through its proxy. */
  static UnaryOperator<DiscordApiBuilder> through(DiscordEmulator emulator) {
    return builder -> builder.setProxy(emulator.proxy()).setTrustAllCertificates(true);
  }

  @Override
  public void close() {
    bot.close();
    emulator.close();
  }

  /** What a reader sees of a quoted excerpt: no "> ", no bold marks, no escapes, no "…". */
  static List<String> quotedPassages(String description) {
    List<String> out = new ArrayList<>();
    for (String block : description.split("\n\n")) {
      if (!block.startsWith("> ")) {
        continue;
      }
      String text = block.replace("\n> ", "\n").substring(2).replace("**", "");
      text = DiscordMarkdown.unescape(text);
      if (text.endsWith(" …")) {
        text = text.substring(0, text.length() - 2);
      }
      if (text.startsWith("… ")) {
        text = text.substring(2);
      }
      out.add(text);
    }
    return out;
  }

  /**
   * The seed articles' text as stored (after cleaning): every quote must be a substring of it,
   * whitespace collapsed.
   */
  static String seedText() {
    try (Stream<Path> seeds = Files.list(SEEDS)) {
      StringBuilder all = new StringBuilder();
      for (Path seed : seeds.toList()) {
        for (io.newsdesk.ingest.Article article :
            io.newsdesk.ingest.ArticleFiles.readAll(seed).articles()) {
          all.append(article.text()).append('\n');
        }
      }
      return collapse(all.toString());
    } catch (IOException | io.newsdesk.ingest.IngestException e) {
      throw new IllegalStateException(e);
    }
  }

  static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** Sum of the lengths that count towards Discord's 6000 over a message's embeds. */
  static int embedTotal(JsonNode message) {
    int total = 0;
    for (JsonNode embed : message.path("embeds")) {
      total += embed.path("title").asText("").length();
      total += embed.path("description").asText("").length();
      total += embed.path("footer").path("text").asText("").length();
      total += embed.path("author").path("name").asText("").length();
    }
    return total;
  }

  static void assertNoPings(JsonNode message) {
    JsonNode allowed = message.path("allowed_mentions");
    assertThat(allowed.isObject()).as("allowed_mentions set: %s", message).isTrue();
    assertThat(allowed.path("parse")).as("nothing parsed").allMatch(n -> false);
    assertThat(allowed.path("users")).isEmpty();
    assertThat(allowed.path("roles")).isEmpty();
  }
}
