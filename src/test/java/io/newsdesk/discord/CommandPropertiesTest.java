package io.newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.SeedArticles;
import io.newsdesk.app.Newsdesk;
import io.newsdesk.index.IngestProgress;
import io.newsdesk.ingest.ArticleFiles;
import io.newsdesk.render.EmbedReply;
import io.newsdesk.render.QuotedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever is typed into a slash command, the reply is within Discord's limits (an {@link
 * EmbedReply} cannot be built otherwise), pings nobody, and every quote in it is in an article word
 * for word. Run against the seeds and articles written to trip a bot up.
 */
@Label("Every slash command, given any input, replies within limits, verbatim, pinging nobody")
final class CommandPropertiesTest {
  private static Path dir;
  private static Newsdesk newsdesk;
  private static List<Command> commands;
  private static String articles;

  @BeforeContainer
  static void open() throws Exception {
    dir = Files.createTempDirectory("newsdesk-properties-");
    Path news = SeedArticles.copyInto(dir.resolve("news"));
    HostileArticles.write(news);
    Path config =
        Files.writeString(
            dir.resolve("newsdesk.yaml"), "articles:\n  paths: [news]\nindex:\n  path: index\n");
    newsdesk =
        Newsdesk.forWriting(Optional.of(config), Map.of("NEWSDESK_HOME", dir.toString()), false);
    newsdesk.updateFromConfig(new IngestProgress(), () -> false);
    commands =
        Commands.all(BotServices.of(newsdesk)).stream().filter(c -> !c.longRunning()).toList();
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(news)) {
      for (Path file : files.toList()) {
        ArticleFiles.readAll(file).articles().forEach(a -> all.append(a.text()).append(' '));
      }
    }
    articles = QuotedText.collapse(all.toString());
  }

  @AfterContainer
  static void close() throws IOException {
    newsdesk.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Provide
  Arbitrary<String> typed() {
    Arbitrary<String> words =
        Arbitraries.of(
                "NATO",
                "Ukraine",
                "Hegseth",
                "said",
                "ferry",
                "harbour",
                "@everyone",
                "<@&123>",
                "*bold*",
                "__",
                "`",
                "||",
                "?",
                "Rutte",
                "membership",
                "\u202E",
                "\u0000",
                "“",
                "\"",
                "https://x.y/z_(a)",
                "2025-02-12",
                "-x",
                "'",
                "\\",
                "\n",
                "　")
            .list()
            .ofMaxSize(25)
            .map(list -> String.join(" ", list));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, words),
        net.jqwik.api.Tuple.of(3, Arbitraries.strings().ofMaxLength(200)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofLength(6000)),
        net.jqwik.api.Tuple.of(
            1, Arbitraries.strings().all().ofMinLength(5000).ofMaxLength(20_000)));
  }

  @Property(tries = 150)
  @Label("the reply to any option values is a valid Discord reply, verbatim, without pings")
  void anyInput(
      @ForAll("typed") String first, @ForAll("typed") String second, @ForAll("typed") String third)
      throws Exception {
    for (Command command : commands) {
      Map<String, String> options = new HashMap<>();
      options.put("question", first);
      options.put("quote", first);
      options.put("speaker", first);
      options.put("terms", first);
      options.put("source", second);
      options.put("since", third);

      Reply reply = command.run(new CommandRequest(7, options));

      for (EmbedReply page : reply.pages()) {
        StringBuilder shown = new StringBuilder(page.content());
        for (EmbedReply.Embed embed : page.embeds()) {
          shown.append('\n').append(embed.title()).append('\n');
          shown.append(embed.description()).append('\n');
          embed.footer().ifPresent(f -> shown.append(f).append('\n'));
        }
        QuotedText.assertNoPings(shown.toString());
        for (EmbedReply.Embed embed : page.embeds()) {
          QuotedText.assertVerbatim(embed.description(), articles);
        }
        QuotedText.assertVerbatim(page.content(), articles);
      }
      for (String option : List.of("question", "quote", "speaker")) {
        List<Command.Choice> choices = command.suggest(option, first);
        assertThat(choices.size()).isLessThanOrEqualTo(25);
        choices.forEach(
            c -> {
              assertThat(c.name()).hasSizeBetween(1, 100);
              assertThat(c.value()).hasSizeBetween(1, 100);
            });
      }
    }
  }
}
