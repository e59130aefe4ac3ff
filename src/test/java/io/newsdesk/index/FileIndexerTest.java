package io.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.SeedArticles;
import io.newsdesk.ingest.IngestProblem;
import io.newsdesk.metrics.MetricsServer;
import io.newsdesk.metrics.Scraped;
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
final class FileIndexerTest {
  private static final String FRONT = "---\ntitle: \"%s\"\ndate: 2025-03-01\n---\n\n";
  private static final String UNCLOSED = "---\ntitle: \"never closed\"\n\nBody text.\n";

  @TempDir Path dir;
  private Path articles;
  private TestIndex index;

  @BeforeEach
  void copySeedsAndOpen() throws IOException {
    articles = SeedArticles.copyInto(dir.resolve("articles"));
    index = TestIndex.open(dir.resolve("index"));
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private IndexReport update() throws IOException {
    return index.update(List.of(articles));
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

  private long articlesIndexed() {
    return index.withSearcher(
        s -> (long) s.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE))));
  }

  @Test
  @DisplayName(
      "a run's articles and its problems by kind reach the metrics, as each run reports them")
  void runIsMetered() throws Exception {
    Files.writeString(
        articles.resolve("bulk.jsonl"),
        jsonLine("one", "Quinces ripened early in Calloway.") + "{not json\n");
    Files.write(articles.resolve("photo.txt"), new byte[] {0, 1, 2, 0, 0, 3, 4, 0});
    try (MetricsServer server = MetricsServer.start("127.0.0.1", 0)) {
      IndexReport first = update();
      IndexReport second = update();

      Scraped scraped = Scraped.from(server);
      assertThat(scraped.value("newsdesk_articles_indexed_total{source=\"files\"}"))
          .as("the second run found nothing new")
          .isEqualTo(first.indexed() + second.indexed())
          .isEqualTo(first.indexed())
          .isGreaterThan(1);
      for (IngestProblem.Kind kind :
          List.of(IngestProblem.Kind.BAD_JSON, IngestProblem.Kind.BINARY)) {
        long reported =
            first.plus(second).problems().stream().filter(p -> p.kind() == kind).count();
        String name = kind.name().toLowerCase(java.util.Locale.ROOT);
        assertThat(reported).as("each run reports the bad file again").isGreaterThanOrEqualTo(1);
        assertThat(scraped.value("newsdesk_ingest_problems_total{kind=\"" + name + "\"}"))
            .isEqualTo(reported);
      }
    }
  }

  private static String bulk(int lines) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= lines; i++) {
      out.append(jsonLine("story-" + i, "Story " + i + " tells of the Calloway ferry again."));
    }
    return out.toString();
  }

  @Test
  @DisplayName("fields of 40 KB skip their article with one line each; the rest of the run goes on")
  void oversizedFieldsSkipOnlyTheirArticle() throws IOException {
    String huge = "x".repeat(40_000);
    Path file = articles.resolve("bulk.jsonl");
    Files.writeString(
        file,
        jsonLine("one", "Quinces ripened early in Calloway.")
            + jsonLine(huge, "An id of forty thousand characters.")
            + "{\"id\": \"u\", \"url\": \"https://example.com/"
            + huge
            + "\", \"text\": \"A long address.\"}\n"
            + "{\"id\": \"t\", \"title\": \""
            + huge
            + "\", \"text\": \"A long title.\"}\n"
            + "{\"id\": \"s\", \"source\": \""
            + huge
            + "\", \"text\": \"A long source.\"}\n"
            + jsonLine("two", "Apricots froze in Calloway."));
    Files.writeString(
        articles.resolve("long-title.md"), article(huge, "Plums were sold in Calloway."));

    IndexReport report = update();

    assertThat(report.indexed()).isEqualTo(4);
    assertThat(report.skipped()).isEqualTo(4);
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.problems())
        .hasSize(5)
        .allSatisfy(
            p -> {
              assertThat(p.kind()).isEqualTo(IngestProblem.Kind.FIELD_TOO_LONG);
              assertThat(p.describe()).doesNotContain("\n").hasSizeLessThan(700);
            });
    assertThat(passagesWith("quinces")).isEqualTo(1);
    assertThat(passagesWith("apricots")).isEqualTo(1);
    assertThat(passagesWith("plums")).isZero();
  }

  @Test
  @DisplayName("a run stopped half-way keeps its work, and the next run finishes it, nothing twice")
  void stoppedRunResumesWithoutDoubles() throws IOException {
    Files.writeString(articles.resolve("bulk.jsonl"), bulk(3000));
    IngestProgress progress = new IngestProgress();
    FileIndexer files = index.files();

    IndexReport stopped =
        files.update(
            List.of(new FileIndexer.Root(articles, false)),
            true,
            progress,
            () -> progress.articles() >= 1000);
    index.writer().commit();
    long afterStop = articlesIndexed();
    IndexReport resumed = update();

    assertThat(stopped.stopped()).isTrue();
    assertThat(stopped.summary()).contains("stopped early");
    assertThat(afterStop).isBetween(1000L, 2999L);
    assertThat(resumed.stopped()).isFalse();
    assertThat(articlesIndexed()).isEqualTo(3002);
    assertThat(passagesWith("story")).isEqualTo(3000);
    assertThat(update().unchanged()).isEqualTo(3);
  }

  @Test
  @DisplayName("a file whose indexing was cut short is removed entirely when it is deleted")
  void cutShortFileLeavesNoOrphans() throws IOException {
    Path file = articles.resolve("bulk.jsonl");
    Files.writeString(file, bulk(3000));
    IngestProgress progress = new IngestProgress();
    index
        .files()
        .update(
            List.of(new FileIndexer.Root(articles, false)),
            true,
            progress,
            () -> progress.articles() >= 500);
    index.writer().commit();

    Files.delete(file);
    IndexReport report = update();

    assertThat(report.removed()).isEqualTo(1);
    assertThat(documentsOf(file)).isZero();
    assertThat(articlesIndexed()).isEqualTo(2);
  }

  @Test
  @DisplayName("two index.md in different folders are two articles")
  void sameNameInTwoFoldersIsTwoArticles() throws IOException {
    Files.writeString(
        Files.createDirectories(articles.resolve("a")).resolve("index.md"),
        article("Harvest", "Farmers near Calloway picked quinces."));
    Files.writeString(
        Files.createDirectories(articles.resolve("b")).resolve("index.md"),
        article("Frost", "Farmers near Calloway lost apricots."));

    IndexReport report = update();

    assertThat(report.indexed()).isEqualTo(4);
    assertThat(passagesWith("quinces")).isEqualTo(1);
    assertThat(passagesWith("apricots")).isEqualTo(1);
  }

  @Test
  @DisplayName("a linked folder is indexed; a link to a file already indexed adds nothing")
  void linksAreFollowedOnce() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(
        elsewhere.resolve("harvest.md"), article("Harvest", "Farmers picked quinces."));
    Path linkedRoot = Files.createSymbolicLink(dir.resolve("linked"), elsewhere);
    Files.createSymbolicLink(
        articles.resolve("again.txt"), articles.resolve("000_97c75e727dbce1ad.txt"));

    IndexReport report = index.update(List.of(articles, linkedRoot));

    assertThat(report.indexed()).isEqualTo(3);
    assertThat(report.problems()).isEmpty();
    assertThat(passagesWith("quinces")).isEqualTo(1);
    assertThat(articlesIndexed()).isEqualTo(3);
  }

  @Test
  @DisplayName("a dangling link and a loop of links are one line each; the rest indexes")
  void brokenLinksAreReported() throws IOException {
    Files.createSymbolicLink(articles.resolve("gone.md"), dir.resolve("nowhere.md"));
    Path sub = Files.createDirectories(articles.resolve("sub"));
    Files.createSymbolicLink(sub.resolve("loop"), articles);

    IndexReport report = update();

    assertThat(report.indexed()).isEqualTo(2);
    assertThat(report.problems())
        .extracting(IngestProblem::kind)
        .containsExactlyInAnyOrder(IngestProblem.Kind.BROKEN_LINK, IngestProblem.Kind.BROKEN_LINK);
    assertThat(report.problems()).allSatisfy(p -> assertThat(p.describe()).doesNotContain("\n"));
  }

  @Test
  @DisplayName("a named pipe in a folder, or given as the path, is reported without being opened")
  void namedPipeIsNeverOpened() throws Exception {
    Path fifo = articles.resolve("pipe.md");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
        "mkfifo is not available here");

    IndexReport inFolder = update();
    IndexReport given = index.update(List.of(articles, fifo));

    assertThat(inFolder.indexed()).isEqualTo(2);
    assertThat(inFolder.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(IngestProblem.Kind.SPECIAL_FILE));
    assertThat(given.problems())
        .extracting(IngestProblem::kind)
        .containsOnly(IngestProblem.Kind.SPECIAL_FILE);
  }

  @Test
  @DisplayName("a folder taken out of the configuration leaves the index; a missing one does not")
  void unconfiguredFolderLeavesMissingFolderStays() throws IOException {
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("harvest.md"), article("Harvest", "Farmers picked quinces."));
    Path unmounted = Files.createDirectories(dir.resolve("unmounted"));
    Files.writeString(unmounted.resolve("frost.md"), article("Frost", "Apricots froze."));
    index.update(List.of(articles, other, unmounted));

    deleteTree(unmounted);
    IndexReport report = index.update(List.of(articles, unmounted));

    assertThat(report.removed()).isEqualTo(1);
    assertThat(passagesWith("quinces")).isZero();
    assertThat(passagesWith("apricots")).as("kept while its folder is missing").isEqualTo(1);
    assertThat(report.failed()).isEqualTo(1);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  @DisplayName("Markdown nested 200,000 levels deep is refused in one line; the other files index")
  void deeplyNestedMarkdown() throws IOException {
    Files.writeString(articles.resolve("deep.md"), ">".repeat(200_000) + " text\n");
    Files.writeString(articles.resolve("zz-after.md"), article("After", "Plums were sold."));

    IndexReport report = update();

    assertThat(report.indexed()).isEqualTo(3);
    assertThat(report.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.describe()).contains("deep.md").contains("nested too deeply"));
    assertThat(passagesWith("plums")).isEqualTo(1);
  }

  @Test
  @DisplayName("a named pipe written into a watched folder is reported, never opened")
  void pipeSeenByTheWatcher() throws Exception {
    Path fifo = articles.resolve("incoming.jsonl");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
        "mkfifo is not available here");

    IndexReport report =
        index.files().updatePaths(List.of(fifo), List.of(new FileIndexer.Root(articles, false)));

    assertThat(report.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(IngestProblem.Kind.SPECIAL_FILE));
  }

  @Test
  @DisplayName("of two lines with one id, the later one is the article, however the threads run")
  void laterLineWins() throws IOException {
    StringBuilder lines = new StringBuilder();
    String slow = " The council debated the ferry for hours.".repeat(200);
    for (int i = 0; i < 200; i++) {
      lines.append(jsonLine("dup-" + i, "Old version." + slow));
      lines.append(jsonLine("dup-" + i, "New version of the story."));
    }
    Files.writeString(articles.resolve("dups.jsonl"), lines.toString());

    IndexReport report = update();

    assertThat(report.indexed()).isEqualTo(202);
    assertThat(passagesWith("debated")).isZero();
    assertThat(passagesWith("version")).isEqualTo(200);
  }

  @Test
  @DisplayName("a file emptied on purpose takes its articles out of the index")
  void emptiedFileLeaves() throws IOException {
    Path file = articles.resolve("bulk.jsonl");
    Files.writeString(file, jsonLine("one", "Quinces ripened early in Calloway."));
    update();

    Files.writeString(file, "");
    IndexReport report = update();

    assertThat(passagesWith("quinces")).isZero();
    assertThat(report.removed()).isEqualTo(1);
    assertThat(update().failed()).as("still empty, still said").isEqualTo(1);
  }
}
