package io.newsdesk.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * An index written by Newsdesk before the folder had a marker (format 1): Lucene files straight in
 * {@code index.path}. It is recognised by its files and its fields, never by names alone, so that a
 * folder of someone else's files (a Hugo site's {@code _index.md}) is never taken for one.
 */
final class LegacyIndex {
  private static final Pattern LUCENE_FILE =
      Pattern.compile("segments(_[0-9a-z]+)?|write\\.lock|_[0-9a-z]+(_[0-9A-Za-z]+)*\\.[a-z]{2,4}");

  private LegacyIndex() {}

  static boolean isIn(Path folder) {
    List<Path> entries;
    try (Stream<Path> list = Files.list(folder)) {
      entries = list.toList();
    } catch (IOException e) {
      return false;
    }
    boolean onlyLucene =
        entries.stream()
            .allMatch(
                p ->
                    Files.isRegularFile(p)
                        && LUCENE_FILE.matcher(p.getFileName().toString()).matches());
    boolean hasCommit =
        entries.stream().anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
    if (!onlyLucene || !hasCommit) {
      return false;
    }
    try (Directory dir = FSDirectory.open(folder);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
      return fields.fieldInfo(Fields.KIND) != null
          && fields.fieldInfo(Fields.ARTICLE_ID) != null
          && fields.fieldInfo(Fields.FILE) != null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  static void delete(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      for (Path file : list.toList()) {
        Files.delete(file);
      }
    }
  }
}
