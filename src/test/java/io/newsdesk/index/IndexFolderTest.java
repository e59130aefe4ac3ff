package io.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.SeedArticles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The index folder is Newsdesk's own: foreign folders are refused, damage is rebuilt")
final class IndexFolderTest {
  @TempDir Path dir;

  private Path articles() throws IOException {
    Path articles = SeedArticles.copyInto(dir.resolve("articles"));
    return articles;
  }

  private static long articleCount(TestIndex index) {
    return index.withSearcher(
        s -> (long) s.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE))));
  }

  @Test
  @DisplayName("a folder of someone else's files is refused in one line and nothing in it changes")
  void foreignFolderIsRefused() throws IOException {
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.writeString(site.resolve("_index.md"), "---\ntitle: Home\n---\n");
    Files.writeString(site.resolve("_config.yml"), "theme: x\n");

    assertThatThrownBy(() -> TestIndex.open(site))
        .isInstanceOf(IndexFolderException.class)
        .hasMessageContaining(site.toString())
        .hasMessageContaining("_config.yml, _index.md")
        .hasMessageContaining("set index.path")
        .extracting(Throwable::getMessage)
        .asString()
        .doesNotContain("\n");
    try (Stream<Path> left = Files.list(site)) {
      assertThat(left.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("_config.yml", "_index.md");
    }
    assertThat(Files.readString(site.resolve("_index.md"))).isEqualTo("---\ntitle: Home\n---\n");
  }

  @Test
  @DisplayName("an index path that is a file is one line, and the file is left as it was")
  void pathThatIsAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine");

    assertThatThrownBy(() -> TestIndex.open(file))
        .isInstanceOf(IndexFolderException.class)
        .hasMessageContaining("is a file, not a folder");
    assertThat(Files.readString(file)).isEqualTo("mine");
  }

  @Test
  @DisplayName("an index path under /proc cannot be created, said in one line")
  void pathUnderProc() {
    assertThatThrownBy(() -> TestIndex.open(Path.of("/proc/newsdesk-index")))
        .isInstanceOf(IndexFolderException.class)
        .hasMessageStartingWith("cannot create the index folder /proc/newsdesk-index");
  }

  @Test
  @DisplayName("an empty folder is taken, marked as Newsdesk's, and opened again later")
  void emptyFolderIsClaimed() throws IOException {
    Path index = Files.createDirectories(dir.resolve("index"));
    try (TestIndex first = TestIndex.open(index)) {
      first.update(List.of(articles()));
    }
    assertThat(index.resolve(IndexFolder.MARKER)).exists();
    try (TestIndex again = TestIndex.open(index)) {
      assertThat(articleCount(again)).isEqualTo(2);
      assertThat(again.writer().rebuilt()).isEmpty();
    }
  }

  @Test
  @DisplayName("a truncated segment file: the index is moved aside and rebuilt, saying why")
  void truncatedSegmentsAreRebuilt() throws IOException {
    Path index = dir.resolve("index");
    Path articles = articles();
    try (TestIndex first = TestIndex.open(index)) {
      first.update(List.of(articles));
    }
    try (Stream<Path> files = Files.list(index.resolve(IndexFolder.LUCENE))) {
      for (Path file : files.filter(p -> !p.toString().endsWith("write.lock")).toList()) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
          raf.setLength(raf.length() / 2);
        }
      }
    }

    try (TestIndex again = TestIndex.open(index)) {
      assertThat(again.writer().rebuilt())
          .get()
          .asString()
          .contains("is damaged")
          .contains("moved it to");
      assertThat(articleCount(again)).isZero();
      assertThat(again.update(List.of(articles)).indexed()).isEqualTo(2);
      assertThat(articleCount(again)).isEqualTo(2);
    }
    try (Stream<Path> left = Files.list(index)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .anyMatch(name -> name.startsWith(IndexFolder.DAMAGED_PREFIX));
    }
  }

  @Test
  @DisplayName("missing segment files: the index is moved aside and rebuilt")
  void missingSegmentFilesAreRebuilt() throws IOException {
    Path index = dir.resolve("index");
    try (TestIndex first = TestIndex.open(index)) {
      first.update(List.of(articles()));
    }
    try (Stream<Path> files = Files.list(index.resolve(IndexFolder.LUCENE))) {
      for (Path file : files.filter(p -> p.getFileName().toString().startsWith("_")).toList()) {
        Files.delete(file);
      }
    }

    try (TestIndex again = TestIndex.open(index)) {
      assertThat(again.writer().rebuilt()).get().asString().contains("is damaged");
    }
  }

  @Test
  @DisplayName("an index of another format is rebuilt, and the feed list beside it is kept")
  void otherFormatIsRebuilt() throws IOException {
    Path index = dir.resolve("index");
    try (TestIndex first = TestIndex.open(index)) {
      first.update(List.of(articles()));
    }
    Files.writeString(index.resolve(IndexFolder.FEEDS), "[]");
    Files.writeString(index.resolve(IndexFolder.MARKER), "{\"format\": 1}");

    try (TestIndex again = TestIndex.open(index)) {
      assertThat(again.writer().rebuilt()).get().asString().contains("has format 1");
      assertThat(articleCount(again)).isZero();
    }
    assertThat(IndexFolder.at(index).format()).contains(IndexFolder.FORMAT);
    assertThat(index.resolve(IndexFolder.FEEDS)).hasContent("[]");
  }

  @Test
  @DisplayName("a folder holding an index of an earlier Newsdesk (no marker) is taken over")
  void legacyIndexIsReplaced() throws IOException {
    Path index = dir.resolve("index");
    try (TestIndex first = TestIndex.open(index)) {
      first.update(List.of(articles()));
    }
    // What an earlier Newsdesk left: the Lucene files straight in the folder, no marker.
    try (Stream<Path> files = Files.list(index.resolve(IndexFolder.LUCENE))) {
      for (Path file : files.toList()) {
        Files.move(file, index.resolve(file.getFileName()));
      }
    }
    Files.delete(index.resolve(IndexFolder.LUCENE));
    Files.delete(index.resolve(IndexFolder.MARKER));

    try (TestIndex again = TestIndex.open(index)) {
      assertThat(again.update(List.of(dir.resolve("articles"))).indexed()).isEqualTo(2);
    }
    try (Stream<Path> left = Files.list(index)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(IndexFolder.MARKER, IndexFolder.LUCENE);
    }
  }

  @Test
  @DisplayName("a second writer of the same index is told who holds it, in one line")
  void secondWriterIsRefused() throws IOException {
    Path index = dir.resolve("index");
    try (TestIndex first = TestIndex.open(index)) {
      assertThatThrownBy(() -> TestIndex.open(index))
          .isInstanceOf(IndexInUseException.class)
          .hasMessageContaining("another Newsdesk process");
    }
  }

  @Test
  @DisplayName("an index another process writes is never deleted, whatever format its marker says")
  void otherFormatUnderAWriterIsLeftAlone() throws IOException {
    Path index = dir.resolve("index");
    try (TestIndex first = TestIndex.open(index)) {
      first.update(List.of(articles()));
      Files.writeString(index.resolve(IndexFolder.MARKER), "{\"format\": 1}");

      assertThatThrownBy(() -> TestIndex.open(index)).isInstanceOf(IndexInUseException.class);

      assertThat(articleCount(first)).isEqualTo(2);
      first.writer().commit();
      try (Stream<Path> files = Files.list(index.resolve(IndexFolder.LUCENE))) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .anyMatch(n -> n.startsWith("segments_"));
      }
    }
  }
}
