package io.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.eval.AttributionDiff.Change;
import io.newsdesk.eval.AttributionDiff.Difference;
import io.newsdesk.eval.AttributionDiff.Row;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The attribution diff writes every quotation and names each kind of change")
final class AttributionDiffTest {
  @TempDir Path dir;

  private static Row row(String article, int start, String speaker, String role, String sieve) {
    return new Row(article, start, start + 10, speaker, role, sieve, "We will win");
  }

  @Test
  @DisplayName("each kind of change is told apart")
  void kinds() {
    List<Row> before =
        List.of(
            row("a", 0, "Biden", null, "s1"),
            row("a", 20, "Jane Doe", null, "s1"),
            row("a", 40, null, null, null),
            row("a", 60, "Jane Doe", null, "s1"),
            row("a", 80, "Jane Doe", "senator", "s1"),
            row("a", 100, "Jane Doe", null, "s1"),
            row("a", 120, "Max Roe", null, "s1"),
            row("b", 0, "Max Roe", null, "s1"));
    List<Row> after =
        List.of(
            row("a", 0, "Joe Biden", null, "s1"),
            row("a", 20, null, null, "s2"),
            row("a", 40, "Jane Doe", null, "s2"),
            row("a", 60, "Max Roe", null, "s1"),
            row("a", 80, "Jane Doe", "governor", "s1"),
            row("a", 100, "Jane Doe", null, "s2"),
            row("a", 120, "Max Roe", null, "s1"),
            row("c", 5, "Ann Lee", null, "s1"));

    List<Change> kinds =
        AttributionDiff.compare(before, after).stream().map(Difference::kind).toList();

    assertThat(kinds)
        .containsExactly(
            Change.RENAMED,
            Change.NAMED_TO_NOBODY,
            Change.NOBODY_TO_NAMED,
            Change.OTHER_NAME,
            Change.ROLE,
            Change.SIEVE,
            Change.NEW,
            Change.GONE);
  }

  @Test
  @DisplayName("a baseline without sieves differs only in attributions, not in provenance")
  void baselineWithoutSieves() {
    List<Row> before = List.of(row("a", 0, "Jane Doe", null, null));
    List<Row> after = List.of(row("a", 0, "Jane Doe", null, "speaker after the quote: X said"));

    assertThat(AttributionDiff.compare(before, after)).isEmpty();
  }

  @Test
  @DisplayName("write records speaker and sieve; comparing a run with itself shows no change")
  void writeAndCompare() throws Exception {
    Path articles = dir.resolve("a.jsonl");
    Files.writeString(
        articles,
        "{\"id\":\"x1\",\"title\":\"Vote\",\"text\":\"Jane Doe spoke on Monday. “We will win"
            + " the vote,” Doe said. “It will not be close.”\"}\n");
    Path out = dir.resolve("out.jsonl");

    long written = AttributionDiff.write(articles, out);
    List<Row> rows = AttributionDiff.read(out);

    assertThat(written).isEqualTo(2);
    assertThat(rows)
        .extracting(Row::speaker, Row::sieve)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Jane Doe", "speaker after the quote: X said"),
            org.assertj.core.groups.Tuple.tuple("Jane Doe", "continues the quote before it"));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int changed =
        AttributionDiff.report(rows, rows, new PrintStream(printed, true, StandardCharsets.UTF_8));
    assertThat(changed).isZero();
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("changed: 0");
  }

  @Test
  @DisplayName("the report prints each kind with its count and an example")
  void report() {
    List<Row> before = List.of(row("a", 0, "Jane Doe", null, "s1"));
    List<Row> after = List.of(row("a", 0, null, null, "s2"));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    AttributionDiff.report(before, after, new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("named → nobody: 1")
        .contains("a 0-10 “We will win”: Jane Doe [s1] → nobody [s2]");
  }
}
