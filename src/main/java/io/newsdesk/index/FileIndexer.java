package io.newsdesk.index;

import io.newsdesk.ingest.ArticleFiles;
import io.newsdesk.ingest.IngestException;
import io.newsdesk.ingest.IngestProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index in line with files on disk: new and changed files are (re)indexed, unchanged
 * ones (same size and time, or same SHA-256) are left alone, files gone from disk or from the
 * configuration leave the index. A file that cannot be read is reported and skipped, and whatever
 * it held before stays searchable. Long runs commit every few seconds and a run cut short (a crash,
 * Ctrl-C) resumes where its last commit ended.
 */
public final class FileIndexer {
  private static final Logger LOG = LoggerFactory.getLogger(FileIndexer.class);

  /** A configured path, or one given to {@code newsdesk index PATH} ({@code manual}). */
  public record Root(Path path, boolean manual) {
    public Root {
      path = path.toAbsolutePath().normalize();
    }

    boolean holds(Path file) {
      return file.startsWith(path);
    }
  }

  private final NewsIndexWriter index;
  private final QuoteFinder quotes;
  private final ArticleEmbedder embedder;
  private final Map<String, FileRecord> known;

  public FileIndexer(NewsIndexWriter index, QuoteFinder quotes) throws IOException {
    this(index, quotes, ArticleEmbedder.NONE);
  }

  public FileIndexer(NewsIndexWriter index, QuoteFinder quotes, ArticleEmbedder embedder)
      throws IOException {
    this.index = index;
    this.quotes = quotes;
    this.embedder = embedder;
    this.known = new HashMap<>(index.fileRecords());
  }

  /** Forgets what was indexed, after the index was emptied for a rebuild. */
  public synchronized void forget() {
    known.clear();
  }

  /**
   * Indexes every article file under the roots. With {@code housekeeping}, files that are gone from
   * disk, or whose configured folder is no longer configured, leave the index.
   *
   * @param stop checked between articles: when it turns true the run ends early, keeping its work
   */
  public synchronized IndexReport update(
      List<Root> roots, boolean housekeeping, IngestProgress progress, BooleanSupplier stop)
      throws IOException {
    IngestCounts counts = new IngestCounts("files");
    List<Work> work = new ArrayList<>();
    Set<Path> missingRoots = new LinkedHashSet<>();
    for (Root root : roots) {
      if (Files.notExists(root.path())) {
        missingRoots.add(root.path());
      }
      ArticleFiles.Listing listing = ArticleFiles.list(root.path());
      listing.problems().forEach(counts::fail);
      for (Path file : listing.files()) {
        work.add(new Work(root, file.toAbsolutePath().normalize()));
      }
    }
    for (Work w : work) {
      progress.addWork(sizeOf(w.file()));
    }
    for (Work w : work) {
      if (stop.getAsBoolean()) {
        counts.stopped = true;
        break;
      }
      updateFile(w.root(), w.file(), counts, progress, stop);
      if (index.commitDue()) {
        index.commit();
      }
    }
    if (housekeeping && !counts.stopped) {
      removeStale(roots, missingRoots, counts);
    }
    index.flushOnAllThreads();
    return counts.finish();
  }

  /**
   * Brings just these paths in line (what a folder watcher saw change): files are (re)indexed,
   * folders walked, and paths gone from disk leave the index with everything below them.
   */
  public synchronized IndexReport updatePaths(Collection<Path> changed, List<Root> roots)
      throws IOException {
    IngestCounts counts = new IngestCounts("files");
    IngestProgress progress = new IngestProgress();
    for (Path raw : changed) {
      Path path = raw.toAbsolutePath().normalize();
      Optional<Root> root = roots.stream().filter(r -> r.holds(path)).findFirst();
      if (Files.notExists(path)) {
        removeBelow(path, "gone from disk", counts);
      } else if (root.isPresent() && Files.isDirectory(path)) {
        ArticleFiles.Listing listing = ArticleFiles.list(path);
        listing.problems().forEach(counts::fail);
        for (Path file : listing.files()) {
          updateFile(root.get(), file.toAbsolutePath().normalize(), counts, progress, () -> false);
        }
      } else if (root.isPresent() && ArticleFiles.isArticleFile(path)) {
        updateFile(root.get(), path, counts, progress, () -> false);
      }
    }
    return counts.finish();
  }

  private void updateFile(
      Root root, Path file, IngestCounts counts, IngestProgress progress, BooleanSupplier stop)
      throws IOException {
    String key = file.toString();
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      counts.fail(IngestProblem.of(file, IngestProblem.Kind.UNREADABLE, describe(e)));
      return;
    }
    if (!attributes.isRegularFile()) {
      // A named pipe written into a watched folder: opening it (to hash it) could block forever.
      counts.fail(
          IngestProblem.of(
              file, IngestProblem.Kind.SPECIAL_FILE, "not a regular file (a pipe or device)"));
      return;
    }
    long size = attributes.size();
    long modified = attributes.lastModifiedTime().toMillis();
    FileRecord old = known.get(key);
    if (old != null && old.complete() && old.size() == size && old.modified() == modified) {
      counts.unchanged++;
      progress.read(size);
      return;
    }
    String hash;
    try {
      hash = FileHash.sha256(file);
    } catch (IOException e) {
      counts.fail(IngestProblem.of(file, IngestProblem.Kind.UNREADABLE, describe(e)));
      return;
    }
    FileRecord fresh =
        new FileRecord(
            key, hash, size, modified, root.path().toString(), root.manual(), 0, Optional.of(0L));
    if (old != null && old.complete() && old.hash().equals(hash)) {
      // Touched, not changed: remember the new time so the next run needs no hash.
      FileRecord touched = withArticles(fresh, old.articles(), Optional.empty());
      index.putFileRecord(touched);
      known.put(key, touched);
      counts.unchanged++;
      progress.read(size);
      return;
    }
    boolean resume = old != null && !old.complete() && old.hash().equals(hash);
    FileRun run =
        new FileRun(
            index,
            new FileRun.Enrichment(quotes, embedder),
            root,
            file,
            resume ? withArticles(fresh, old.articles(), old.doneLine()) : fresh,
            resume,
            progress,
            stop);
    FileRun.Outcome outcome = run.index(counts);
    outcome.record().ifPresent(r -> known.put(key, r));
    if (outcome.emptied() && known.remove(key) != null) {
      counts.removed++;
      LOG.info("{}: emptied, its articles left the index", file);
    }
    if (resume) {
      LOG.info("{}: resumed after line {}", file, old.doneLine().orElse(0L));
    }
  }

  private static FileRecord withArticles(FileRecord r, int articles, Optional<Long> doneLine) {
    return new FileRecord(
        r.file(), r.hash(), r.size(), r.modified(), r.root(), r.manual(), articles, doneLine);
  }

  /** Files gone from disk, and files of folders no longer configured, leave the index. */
  private void removeStale(List<Root> roots, Set<Path> missingRoots, IngestCounts counts)
      throws IOException {
    Set<String> configured = new LinkedHashSet<>();
    roots.stream().filter(r -> !r.manual()).forEach(r -> configured.add(r.path().toString()));
    Map<String, Integer> keptForMissing = new HashMap<>();
    for (FileRecord record : List.copyOf(known.values())) {
      Path file = Path.of(record.file());
      Path root = Path.of(record.root());
      if (!record.manual() && !configured.contains(record.root()) && !underAny(file, roots)) {
        remove(record, "its folder " + record.root() + " is no longer configured", counts);
      } else if (Files.notExists(file)) {
        if (missingRoots.contains(root)) {
          keptForMissing.merge(record.root(), 1, Integer::sum);
        } else {
          remove(record, "gone from disk", counts);
        }
      }
    }
    keptForMissing.forEach(
        (root, files) ->
            LOG.warn(
                "{} is missing (unmounted?): keeping the articles of its {} indexed files until it"
                    + " is back or removed from articles.paths",
                root,
                files));
  }

  private static boolean underAny(Path file, List<Root> roots) {
    return roots.stream().anyMatch(r -> r.holds(file));
  }

  private void removeBelow(Path path, String why, IngestCounts counts) throws IOException {
    String prefix = path + java.io.File.separator;
    for (FileRecord record : List.copyOf(known.values())) {
      if (record.file().equals(path.toString()) || record.file().startsWith(prefix)) {
        remove(record, why, counts);
      }
    }
  }

  private void remove(FileRecord record, String why, IngestCounts counts) throws IOException {
    index.removeSource(record.file());
    known.remove(record.file());
    counts.removed++;
    LOG.info("{}: {}, removed from the index", record.file(), why);
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  static String describe(IOException e) {
    return IndexFolder.reason(e);
  }

  private record Work(Root root, Path file) {}

  /** Thrown by a run's reader when it should stop early; never leaves this package. */
  static final class Stopped extends RuntimeException {
    Stopped() {
      super("stopped", null, false, false);
    }
  }

  /** Reports {@link IngestException}s of single articles read on worker threads. */
  static IngestProblem problemOf(IngestException e) {
    return e.problem();
  }
}
