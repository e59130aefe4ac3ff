package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A file that cannot be read is refused with one clear reason")
final class BadFilesTest {
  @TempDir Path dir;

  private IngestProblem problemOf(Path file) {
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(() -> ArticleFiles.readAll(file));
    assertThat(thrown).isInstanceOf(IngestException.class);
    IngestProblem problem = ((IngestException) thrown).problem();
    assertThat(problem.describe()).doesNotContain("\n").startsWith(file.toString());
    return problem;
  }

  @Test
  @DisplayName("an empty file")
  void empty() throws IOException {
    Path file = Files.writeString(dir.resolve("empty.md"), "  \n\n ");
    assertThat(problemOf(file).kind()).isEqualTo(IngestProblem.Kind.EMPTY);
  }

  @Test
  @DisplayName("a binary file")
  void binary() throws IOException {
    Path file =
        Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
    assertThat(problemOf(file).kind()).isEqualTo(IngestProblem.Kind.BINARY);
  }

  @Test
  @DisplayName("text that is not UTF-8")
  void badEncoding() throws IOException {
    Path file =
        Files.write(
            dir.resolve("latin1.txt"),
            "Caf\u00e9 au lait, na\u00efve r\u00e9sum\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(problemOf(file).kind()).isEqualTo(IngestProblem.Kind.BAD_ENCODING);
  }

  @Test
  @DisplayName("front matter that is never closed")
  void unclosedFrontMatter() throws IOException {
    Path file = Files.writeString(dir.resolve("open.md"), "---\ntitle: \"A\"\n\nBody text here.\n");
    IngestProblem problem = problemOf(file);
    assertThat(problem.kind()).isEqualTo(IngestProblem.Kind.BAD_FRONT_MATTER);
    assertThat(problem.reason()).contains("never closed");
  }

  @Test
  @DisplayName("front matter that is not valid YAML")
  void brokenYaml() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("yaml.md"), "---\ntitle: [unclosed\ndate: :\n---\nBody text.\n");
    assertThat(problemOf(file).kind()).isEqualTo(IngestProblem.Kind.BAD_FRONT_MATTER);
  }

  @Test
  @DisplayName("a file of boilerplate only")
  void onlyBoilerplate() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("signup.md"), "Subscribe\n\nThank you for signing up!\n\n[Close](#x)\n");
    assertThat(problemOf(file).kind()).isEqualTo(IngestProblem.Kind.EMPTY);
  }

  @Test
  @DisplayName("an unsupported file type")
  void unsupported() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.pdf"), "x");
    assertThat(problemOf(file).kind()).isEqualTo(IngestProblem.Kind.UNSUPPORTED);
  }

  @Test
  @DisplayName("bad JSONL lines are reported with their line number and the other lines still load")
  void badJsonLines() throws IOException, IngestException {
    Path file =
        Files.writeString(
            dir.resolve("bulk.jsonl"),
            """
            {"id": "a1", "title": "First", "published": "2024-05-01", "source": "example.com", "text": "Alpha paragraph one.\\n\\nAlpha paragraph two."}
            {"id": "a2", "text": broken}
            {"title": "no id", "text": "Some text."}

            {"id": "a4", "url": "https://example.org/story", "text": "Delta text."}
            """);

    ArticleFiles.Contents contents = ArticleFiles.readAll(file);

    assertThat(contents.articles()).extracting(Article::id).containsExactly("a1", "a4");
    assertThat(contents.articles().get(0).paragraphs())
        .containsExactly("Alpha paragraph one.", "Alpha paragraph two.");
    assertThat(contents.articles().get(1).source()).contains("example.org");
    assertThat(contents.articles().get(1).title()).isEqualTo("Delta text.");
    assertThat(contents.problems())
        .extracting(p -> p.line().getAsLong(), IngestProblem::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, IngestProblem.Kind.BAD_JSON),
            org.assertj.core.groups.Tuple.tuple(3L, IngestProblem.Kind.MISSING_FIELD));
    assertThat(contents.problems().get(0).describe()).startsWith(file + ":2: bad json: ");
  }

  @Test
  @DisplayName(
      "gzip-compressed JSONL is read, and a truncated one keeps the articles before the break")
  void gzip() throws IOException, IngestException {
    // Random words, so the file stays large when compressed and a cut lands mid-stream.
    java.util.Random random = new java.util.Random(7);
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      lines.append("{\"id\": \"g").append(i).append("\", \"text\": \"Story");
      for (int w = 0; w < 30; w++) {
        lines.append(' ').append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
      }
      lines.append(".\"}\n");
    }
    Path file = dir.resolve("bulk.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    }
    assertThat(ArticleFiles.readAll(file).articles()).hasSize(2000);

    byte[] whole = Files.readAllBytes(file);
    Path truncated =
        Files.write(dir.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
    ArticleFiles.Contents contents = ArticleFiles.readAll(truncated);
    assertThat(contents.articles()).isNotEmpty().hasSizeLessThan(2000);
    assertThat(contents.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(IngestProblem.Kind.UNREADABLE));
  }

  @Test
  @DisplayName("a date the reader cannot parse leaves the article undated instead of refusing it")
  void unreadableDate() throws IOException, IngestException {
    Path file =
        Files.writeString(
            dir.resolve("d.md"), "---\ntitle: T\ndate: sometime soon\n---\nThe body.\n");
    Article article = ArticleFiles.readAll(file).articles().get(0);
    assertThat(article.published()).isEmpty();
    assertThat(article.title()).isEqualTo("T");
  }

  @Test
  @DisplayName("reading a file that does not exist is an error, not a crash")
  void missing() {
    assertThatThrownBy(() -> ArticleFiles.readAll(dir.resolve("nope.md")))
        .isInstanceOf(IngestException.class);
  }

  @Test
  @DisplayName("UTF-16 with a byte order mark is read, not called binary")
  void utf16WithBom() throws IOException, IngestException {
    String text = "---\ntitle: Ferry\n---\n\nThe ferry to Calloway runs on Sundays again.\n";
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Path file = Files.write(dir.resolve("windows.md"), bytes);

    Article article = ArticleFiles.readAll(file).articles().get(0);

    assertThat(article.title()).isEqualTo("Ferry");
    assertThat(article.text()).isEqualTo("The ferry to Calloway runs on Sundays again.");
  }

  @Test
  @DisplayName("a JSONL file saved with a UTF-8 byte order mark reads its first line")
  void jsonlWithBom() throws IOException, IngestException {
    Path file =
        Files.writeString(
            dir.resolve("bom.jsonl"),
            "\uFEFF{\"id\": \"a\", \"text\": \"The ferry runs on Sundays.\"}\n");

    assertThat(ArticleFiles.readAll(file).articles()).singleElement();
  }

  @Test
  @DisplayName(
      "the readable lines of a small cut-off .jsonl.gz are kept, the cut line is not parsed")
  void smallTruncatedGzipKeepsItsLines() throws IOException, IngestException {
    Path whole = dir.resolve("small.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
      for (int i = 0; i < 20; i++) {
        out.write(
            ("{\"id\": \"s" + i + "\", \"text\": \"Story " + i + " of the ferry.\"}\n")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] bytes = Files.readAllBytes(whole);
    Path cut =
        Files.write(
            dir.resolve("cut-small.jsonl.gz"), java.util.Arrays.copyOf(bytes, bytes.length - 12));

    ArticleFiles.Contents contents = ArticleFiles.readAll(cut);

    assertThat(contents.articles()).hasSizeBetween(15, 19);
    assertThat(contents.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("the lines before it were read"));
  }
}
