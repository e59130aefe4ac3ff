package io.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.ingest.IngestProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The index follows the article files on disk, one run at a time")
final class IndexUpdaterTest {
  private static final String FRONT = "---\ntitle: \"%s\"\ndate: 2025-03-01\n---\n\n";
  private static final String UNCLOSED = "---\ntitle: \"never closed\"\n\nBody text.\n";

  @TempDir Path dir;
  private Path articles;
  private TestIndex index;

  @BeforeEach
  void copySeedsAndOpen() throws IOException {
    articles = Files.createDirectories(dir.resolve("articles"));
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, articles.resolve(seed.getFileName()));
      }
    }
    index = TestIndex.open(dir.resolve("index"));
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private IndexReport update() throws IOException {
    IndexReport report = index.update(List.of(articles));

    return report;
  }

  /** Passages holding the word, analysed as the index analyses passage text. */
  private int passagesWith(String word) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = index.analyzer().tokenStream(Fields.TEXT, word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    assertThat(terms).as("'%s' is one searchable word", word).hasSize(1);
    BooleanQuery query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_PASSAGE)), Occur.FILTER)
            .add(new TermQuery(new Term(Fields.TEXT, terms.get(0))), Occur.FILTER)
            .build();
    return index.withSearcher(searcher -> searcher.count(query));
  }

  private int documentsOf(Path file) {
    TermQuery query = new TermQuery(new Term(Fields.FILE, file.toAbsolutePath().toString()));
    return index.withSearcher(searcher -> searcher.count(query));
  }

  private static String article(String title, String body) {
    return FRONT.formatted(title) + body + "\n";
  }

  @Test
  @DisplayName("the first run indexes both seeds; the second finds them unchanged and adds nothing")
  void secondRunLeavesUnchangedFilesAlone() throws IOException {
    IndexReport first = update();
    int hegsethPassages = passagesWith("Hegseth");

    IndexReport second = update();

    assertThat(first.indexed()).isEqualTo(2);
    assertThat(first.failed()).isZero();
    assertThat(first.problems()).isEmpty();
    assertThat(hegsethPassages).isGreaterThan(1);
    assertThat(second.indexed()).isZero();
    assertThat(second.unchanged()).isEqualTo(2);
    assertThat(second.removed()).isZero();
    assertThat(passagesWith("Hegseth")).isEqualTo(hegsethPassages);
  }

  @Test
  @DisplayName("a changed file is re-indexed: its new words are found, its old words are gone")
  void changedFileIsReindexed() throws IOException {
    Path file = articles.resolve("harvest.md");
    Files.writeString(
        file, article("Harvest", "Farmers near Calloway picked a record crop of quinces."));
    update();
    assertThat(passagesWith("quinces")).isEqualTo(1);

    Files.writeString(
        file, article("Harvest", "Farmers near Calloway lost their apricots to a late frost."));
    IndexReport report = update();

    assertThat(report.indexed()).isEqualTo(1);
    assertThat(report.unchanged()).isEqualTo(2);
    assertThat(passagesWith("apricots")).isEqualTo(1);
    assertThat(passagesWith("quinces")).isZero();
    assertThat(passagesWith("Calloway")).isEqualTo(1);
  }

  @Test
  @DisplayName("a file deleted from disk leaves the index")
  void deletedFileLeavesTheIndex() throws IOException {
    Path seed = articles.resolve("001_1f5bda88c7521d9d.txt");
    update();
    assertThat(documentsOf(seed)).isGreaterThan(1);

    Files.delete(seed);
    IndexReport report = update();

    assertThat(report.removed()).isEqualTo(1);
    assertThat(report.unchanged()).isEqualTo(1);
    assertThat(documentsOf(seed)).isZero();
    assertThat(documentsOf(articles.resolve("000_97c75e727dbce1ad.txt"))).isGreaterThan(1);
  }

  @Test
  @DisplayName("a broken file is counted as failed with a one-line problem; the others still index")
  void brokenFileIsReportedAndSkipped() throws IOException {
    Path broken = articles.resolve("broken.md");
    Files.writeString(broken, UNCLOSED);

    IndexReport report = update();

    assertThat(report.indexed()).isEqualTo(2);
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.problems()).hasSize(1);
    IngestProblem problem = report.problems().get(0);
    assertThat(problem.file()).isEqualTo(broken.toAbsolutePath());
    assertThat(problem.kind()).isEqualTo(IngestProblem.Kind.BAD_FRONT_MATTER);
    assertThat(problem.describe()).contains(broken.getFileName().toString()).doesNotContain("\n");
    assertThat(documentsOf(broken)).isZero();
    assertThat(passagesWith("Hegseth")).isGreaterThan(1);
  }

  @Test
  @DisplayName("a file that was fine and becomes broken keeps its old version searchable")
  void fileThatBreaksKeepsItsOldVersion() throws IOException {
    Path file = articles.resolve("harvest.md");
    Files.writeString(
        file, article("Harvest", "Farmers near Calloway picked a record crop of quinces."));
    update();

    Files.writeString(file, UNCLOSED);
    IndexReport broken = update();
    IndexReport again = update();

    assertThat(broken.failed()).isEqualTo(1);
    assertThat(broken.indexed()).isZero();
    assertThat(passagesWith("quinces")).isEqualTo(1);
    assertThat(again.failed()).as("still broken, so still reported").isEqualTo(1);
    assertThat(passagesWith("quinces")).isEqualTo(1);
  }

  private static String jsonLine(String id, String text) {
    return "{\"id\": \"" + id + "\", \"title\": \"" + id + "\", \"text\": \"" + text + "\"}\n";
  }

  @Test
  @DisplayName("a bad line of a JSONL file is skipped with its line number; the other lines index")
  void badJsonlLineIsSkipped() throws IOException {
    Path file = articles.resolve("bulk.jsonl");
    Files.writeString(
        file,
        jsonLine("one", "Quinces ripened early in Calloway.")
            + "{not json\n"
            + jsonLine("two", "Apricots froze in Calloway."));

    IndexReport report = update();

    assertThat(report.indexed()).isEqualTo(4);
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(report.failed()).isZero();
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).hasValue(2);
              assertThat(p.kind()).isEqualTo(IngestProblem.Kind.BAD_JSON);
            });
    assertThat(passagesWith("quinces")).isEqualTo(1);
    assertThat(passagesWith("apricots")).isEqualTo(1);
  }

  @Test
  @DisplayName("a JSONL file whose every line becomes unreadable keeps its old version searchable")
  void jsonlThatBreaksKeepsItsOldVersion() throws IOException {
    Path file = articles.resolve("bulk.jsonl");
    Files.writeString(
        file,
        jsonLine("one", "Quinces ripened early in Calloway.")
            + jsonLine("two", "Apricots froze in Calloway."));
    update();

    Files.writeString(file, "{not json\n{\"id\": \"three\"}\n");
    IndexReport broken = update();

    assertThat(broken.indexed()).isZero();
    assertThat(broken.problems()).hasSize(2);
    assertThat(passagesWith("quinces")).isEqualTo(1);
    assertThat(passagesWith("apricots")).isEqualTo(1);
  }

  @Test
  @DisplayName("a configured path that does not exist is reported as failed")
  void missingPathFails() throws IOException {
    Path missing = dir.resolve("no-such-folder");

    IndexReport report = index.update(List.of(articles, missing));

    assertThat(report.indexed()).isEqualTo(2);
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(missing.toAbsolutePath());
              assertThat(p.kind()).isEqualTo(IngestProblem.Kind.UNREADABLE);
            });
  }
}
