package io.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.SeedArticles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * Whatever is typed after a command, Newsdesk exits 0, 1 or 2, never shows a stack trace, and
 * prints a bounded reply.
 */
@Label("Any command line gets an answer or a one-line error, never a stack trace")
final class CliPropertiesTest {
  private static Path dir;
  private static Path config;

  @BeforeContainer
  static void writeConfig() throws IOException {
    dir = Files.createTempDirectory("newsdesk-cli-properties-");
    Path articles = SeedArticles.copyInto(dir.resolve("articles"));
    config =
        Files.writeString(
            dir.resolve("newsdesk.yaml"),
            "articles:\n  paths: ["
                + articles
                + "]\nindex:\n  path: "
                + dir.resolve("index")
                + "\n");
  }

  @AfterContainer
  static void delete() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Provide
  Arbitrary<List<String>> arguments() {
    Arbitrary<String> word =
        Arbitraries.oneOf(
            Arbitraries.of(
                "--as-of",
                "--excerpts",
                "--per-article",
                "--limit",
                "-x",
                "--",
                "-",
                "0",
                "-1",
                "99999999999",
                "2025-02-12",
                "1.5",
                "NATO",
                "Hegseth",
                "\u202E",
                "@everyone",
                "--config",
                "/proc/x",
                "--help",
                "--nope",
                "",
                " "),
            Arbitraries.strings().ofMaxLength(40),
            Arbitraries.strings().withCharRange('a', 'z').ofLength(20_000));
    return word.list().ofMaxSize(6);
  }

  @Property(tries = 120)
  @Label("ask, who-said, quotes, sources and index with any arguments")
  void anyArguments(@ForAll("arguments") List<String> rest, @ForAll("command") String command) {
    List<String> args = new ArrayList<>(List.of("--config", config.toString(), command));
    args.addAll(rest);
    CliRun run = CliRun.of(args.toArray(String[]::new));
    int exit = run.exit();
    String printed = run.out();
    String errors = run.err();

    assertThat(exit).as("exit of %s", args).isIn(0, 1, 2);
    assertThat(errors).doesNotContain("\tat ").doesNotContain("Exception in");
    assertThat(printed.length()).isLessThan(20_000);
  }

  @Provide
  Arbitrary<String> command() {
    return Arbitraries.of("ask", "who-said", "quotes", "sources", "index");
  }
}
