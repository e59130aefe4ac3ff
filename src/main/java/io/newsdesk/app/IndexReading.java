package io.newsdesk.app;

import io.newsdesk.index.IndexFolder;
import io.newsdesk.index.IndexFolderException;
import io.newsdesk.index.NewsIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.apache.lucene.index.IndexNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens an index for reading only, when there is a usable one: an index folder that is Newsdesk's,
 * of the current format, with a commit. Anything else (no index yet, an older format, damage) is
 * left to the writer, which builds, rebuilds or refuses with one line.
 */
final class IndexReading {
  private static final Logger LOG = LoggerFactory.getLogger(IndexReading.class);

  private IndexReading() {}

  static Optional<NewsIndex> open(IndexFolder folder) throws IOException {
    if (Files.exists(folder.path()) && !Files.isDirectory(folder.path())) {
      throw new IndexFolderException(
          "index.path " + folder + " is a file, not a folder: set index.path to a folder");
    }
    if (!folder.isNewsdesks() || folder.format().orElse(-1) != IndexFolder.FORMAT) {
      return Optional.empty();
    }
    try {
      return Optional.of(NewsIndex.readOnly(folder));
    } catch (IndexNotFoundException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "the index in {} cannot be read ({}); it will be rebuilt",
          folder,
          io.newsdesk.ingest.OneLine.of(e.toString(), 200));
      return Optional.empty();
    }
  }

  /** A line for whoever runs the command, on the terminal's error stream, not in the answer. */
  static void say(String line) {
    LOG.info("{}", line);
  }
}
