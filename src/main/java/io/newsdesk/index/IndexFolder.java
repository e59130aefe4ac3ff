package io.newsdesk.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder at {@code index.path}, which is Newsdesk's own: a marker file says so, and Newsdesk
 * writes into no folder without it, unless the folder is empty. Inside it live the Lucene index
 * ({@code lucene/}), the list of feeds added with {@code feeds add}, and at most one damaged index
 * moved aside.
 */
public final class IndexFolder {
  private static final Logger LOG = LoggerFactory.getLogger(IndexFolder.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The marker file: it says the folder is Newsdesk's, and which index format it holds. */
  public static final String MARKER = "newsdesk-index.json";

  /**
   * Raised whenever what the index holds, or how, changes; an index of another format is rebuilt
   * from the sources. 2: article keys, file and feed records, no stored article bodies. 3: article
   * vectors for semantic retrieval, and their words unstemmed for spelling corrections. 4: each
   * quotation's attribution sieve. 5: smaller: no positions where only single words are searched
   * (titles, quotations, speakers), the source path stored on its record only, no authors.
   */
  public static final int FORMAT = 5;

  static final String LUCENE = "lucene";
  static final String DAMAGED_PREFIX = "damaged-";
  static final String FEEDS = "feeds.json";
  static final String BOT_STATE = "bot-state.json";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final Path path;

  private IndexFolder(Path path) {
    this.path = path;
  }

  public Path path() {
    return path;
  }

  /** Where the Lucene files are. */
  public Path lucene() {
    return path.resolve(LUCENE);
  }

  /** Where a running bot says whether it is connected to Discord, for {@code health --bot}. */
  public Path botStateFile() {
    return path.resolve(BOT_STATE);
  }

  /** The feeds added with {@code feeds add} or {@code /feeds add}. */
  public Path feedsFile() {
    return path.resolve(FEEDS);
  }

  /**
   * The folder, without looking at it: for reading, where a missing or foreign folder is found when
   * the index is opened.
   */
  public static IndexFolder at(Path path) {
    return new IndexFolder(path.toAbsolutePath().normalize());
  }

  /** Whether the folder holds a Newsdesk index marker. */
  public boolean isNewsdesks() {
    return Files.isRegularFile(path.resolve(MARKER));
  }

  /** The index format the marker names, or empty when there is no readable marker. */
  public Optional<Integer> format() {
    try {
      JsonNode marker = JSON.readTree(path.resolve(MARKER).toFile());
      return marker != null && marker.path("format").isInt()
          ? Optional.of(marker.path("format").asInt())
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Makes sure the folder can hold the index, creating it and its marker when needed: an existing
   * folder must be empty or already Newsdesk's, and writable.
   *
   * @throws IndexFolderException with one line saying what is wrong and how to fix it
   */
  public static IndexFolder forWriting(Path configured) {
    IndexFolder folder = at(configured);
    Path path = folder.path;
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new IndexFolderException(
          "index.path "
              + path
              + " is a file, not a folder: set index.path to a folder of its own, e.g."
              + " data/index");
    }
    try {
      Files.createDirectories(path);
    } catch (FileAlreadyExistsException e) {
      throw new IndexFolderException(
          "index.path " + path + " is not a folder: set index.path to a folder of its own");
    } catch (IOException | SecurityException e) {
      throw new IndexFolderException(
          "cannot create the index folder "
              + path
              + ": "
              + reason(e)
              + "; give this user ("
              + UserId.describe()
              + ") write access to the folder above it (for a mounted folder: chown that uid),"
              + " or set index.path to a folder it can create");
    }
    if (!Files.isWritable(path)) {
      throw new IndexFolderException(
          "cannot write to the index folder "
              + path
              + ": permission denied for "
              + UserId.describe()
              + "; give that user write access to it, or set index.path to another folder");
    }
    if (!folder.isNewsdesks()) {
      folder.claim();
    }
    return folder;
  }

  /** Writes the marker into a folder that must be empty: a folder of other files is refused. */
  private void claim() {
    List<String> others;
    try (Stream<Path> entries = Files.list(path)) {
      others = entries.map(p -> p.getFileName().toString()).sorted().limit(3).toList();
    } catch (IOException e) {
      throw new IndexFolderException("cannot read the index folder " + path + ": " + reason(e));
    }
    if (!others.isEmpty() && LegacyIndex.isIn(path)) {
      LOG.warn(
          "{} holds an index written by an earlier Newsdesk; replacing it with one of format {},"
              + " rebuilt from the articles and feeds",
          path,
          FORMAT);
      try {
        LegacyIndex.delete(path);
      } catch (IOException e) {
        throw new IndexFolderException(
            "cannot replace the earlier index in " + path + ": " + reason(e));
      }
      others = List.of();
    }
    if (!others.isEmpty()) {
      throw new IndexFolderException(
          "index.path "
              + path
              + " already holds files that Newsdesk did not write (such as "
              + String.join(", ", others)
              + "); Newsdesk only writes into an empty folder or one it created: set index.path"
              + " to a new folder, e.g. data/index");
    }
    writeMarker();
  }

  /** Records that the folder holds an index of the current format. */
  void writeMarker() {
    Path marker = path.resolve(MARKER);
    Path temp = path.resolve(MARKER + ".tmp");
    try {
      JSON.writerWithDefaultPrettyPrinter()
          .writeValue(
              temp.toFile(),
              Map.of(
                  "written-by",
                  "Newsdesk",
                  "what",
                  "the Newsdesk index; rebuilt from the article files and feeds when deleted"
                      + " (feed items their feeds no longer list are then gone)",
                  "format",
                  FORMAT));
      Files.move(temp, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new IndexFolderException("cannot write to the index folder " + path + ": " + reason(e));
    }
  }

  /**
   * Moves a damaged index out of the way, into {@code damaged-TIME/} in this folder, so that a new
   * one can be built; an older damaged copy is deleted, so at most one is kept. The caller holds
   * the index's write lock, which stays where it is.
   *
   * @return where the damaged index now is
   */
  Path moveAsideDamaged() throws IOException {
    deleteOld(DAMAGED_PREFIX);
    Path target =
        Files.createDirectories(path.resolve(DAMAGED_PREFIX + STAMP.format(Instant.now())));
    for (Path file : luceneFiles()) {
      Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }
    return target;
  }

  /**
   * Deletes the Lucene index (an older format), so that it is rebuilt; the caller holds the lock.
   */
  void clearLucene() throws IOException {
    for (Path file : luceneFiles()) {
      deleteTree(file);
    }
  }

  /** What is in {@code lucene/} but the write lock. */
  private List<Path> luceneFiles() throws IOException {
    if (!Files.isDirectory(lucene())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(lucene())) {
      return files.filter(f -> !f.getFileName().toString().equals(WRITE_LOCK)).toList();
    }
  }

  private static final String WRITE_LOCK = "write.lock";

  private void deleteOld(String prefix) throws IOException {
    try (Stream<Path> entries = Files.list(path)) {
      for (Path old : entries.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
        LOG.info("deleting {}, an older damaged index Newsdesk moved aside", old);
        deleteTree(old);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** An I/O problem in words. */
  static String reason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException n) {
      return "no such file or folder" + (n.getFile() == null ? "" : " (" + n.getFile() + ")");
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
