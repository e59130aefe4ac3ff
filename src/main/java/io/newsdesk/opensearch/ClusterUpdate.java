package io.newsdesk.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.index.ArticleEmbedder;
import io.newsdesk.index.Fields;
import io.newsdesk.index.QuoteFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsdesk index} on a cluster that is already filled: only the files that changed since
 * they were last written are read again, straight into the indices in use, and what a file no
 * longer holds leaves with it; the articles of files gone from disk leave too. Questions are
 * answered throughout. The first run, {@code --rebuild}, and a new index format rebuild instead
 * ({@link ClusterRebuild}).
 *
 * <p>Losing nothing: a file that cannot be read, or is cut short, keeps the articles it had; a file
 * is taken for gone only when the disk says it does not exist; a run that dies half-way has written
 * documents with the same ids as the next run will, so nothing is duplicated.
 */
public final class ClusterUpdate {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterUpdate.class);

  /** Files or keys named in one delete-by-query, at most. */
  static final int TERMS_PAGE = 1000;

  private final OpenSearchClient client;
  private final Aliases aliases;
  private final ClusterRebuild rebuild;
  private final QuoteFinder quotes;
  private final ArticleEmbedder vectors;
  private final BulkWriter.Options options;

  public ClusterUpdate(
      OpenSearchClient client,
      Aliases aliases,
      ClusterRebuild rebuild,
      QuoteFinder quotes,
      ArticleEmbedder vectors,
      BulkWriter.Options options) {
    this.client = client;
    this.aliases = aliases;
    this.rebuild = rebuild;
    this.quotes = quotes;
    this.vectors = vectors;
    this.options = options;
  }

  /** A run's id, on every document it writes: time first, so that runs sort as they happened. */
  static String newRun() {
    return Instant.now() + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Brings the cluster in line with the files under {@code roots}, rebuilding when it must. */
  public FilesReport update(List<Path> roots) throws IOException, InterruptedException {
    return update(roots, () -> {});
  }

  /** The same, holding the ingest lease ({@code held} confirmed before a rebuild switches). */
  public FilesReport update(List<Path> roots, ClusterIngest.Held held)
      throws IOException, InterruptedException {
    if (!aliases.filledInThisFormat()) {
      boolean never = aliases.current(IndexKind.PASSAGES).isEmpty();
      LOG.info(
          never
              ? "the cluster holds no indices of Newsdesk yet: filling them"
              : "the cluster's indices are of an older format: rebuilding them");
      return rebuild.rebuild(roots, held);
    }
    long started = System.nanoTime();
    FileRecords records = new FileRecords(client, aliases.prefix());
    Map<String, FileRecords.Record> known = records.all();
    ClusterFiles files = new ClusterFiles(quotes, vectors);
    ClusterFiles.Listing listing = files.list(roots);
    List<ClusterFiles.Found> listed = listing.files();
    List<ClusterFiles.Stated> changed = new ArrayList<>();
    List<FileRecords.Record> touched = new ArrayList<>();
    long unchanged = 0;
    for (ClusterFiles.Found found : listed) {
      FileRecords.Record before = known.get(found.file().toString());
      if (before != null && sameSizeAndTime(found, before)) {
        unchanged++;
        continue;
      }
      // Read now, not again when written; a file that cannot be read keeps its articles.
      Optional<ClusterFiles.Stated> now = files.stat(found);
      if (now.isEmpty()) {
        continue;
      }
      if (before != null && now.get().record().hash().equals(before.hash())) {
        unchanged++;
        touched.add(before.touched(now.get().record().modified()));
      } else {
        changed.add(now.get());
      }
    }
    String run = newRun();
    Map<Path, ClusterFiles.Written> written;
    BulkReport bulk;
    try (BulkWriter writer = BulkWriter.toAliases(client, aliases, options)) {
      written = files.write(changed, writer, run);
      bulk = writer.flush();
    }
    if (bulk.failed() > 0) {
      throw new IOException(
          "the cluster refused "
              + bulk.failed()
              + " documents; their files are written again at the next run (see the lines above)");
    }
    List<String> rewritten = new ArrayList<>();
    List<String> partly = new ArrayList<>();
    for (ClusterFiles.Written w : written.values()) {
      if (w.complete()) {
        rewritten.add(w.found().file().toString());
      } else {
        partly.addAll(w.keys());
      }
    }
    held.confirm(); // another writer's documents of these files are not this run's to delete
    deleteOlderRuns(Fields.FILE, rewritten, run);
    // A file written in part keeps the articles it did not give this time; of those it gave,
    // what the new versions no longer hold goes.
    deleteOlderRuns(Fields.KEY, partly, run);
    List<String> gone = gone(known, listing, roots);
    deleteFiles(gone);
    aliases.refreshInUse();
    // Records last: a run that dies before them writes these files again next time.
    List<FileRecords.Record> put = new ArrayList<>(touched);
    written.values().forEach(w -> put.add(w.record()));
    records.put(put);
    records.delete(gone);
    long articles = written.values().stream().mapToLong(w -> w.record().articles()).sum();
    return new FilesReport(
        false,
        articles,
        unchanged,
        gone.size(),
        0,
        files.problems(),
        bulk,
        (System.nanoTime() - started) / 1e9);
  }

  /** Whether the file has the size and time it had when written (then it is not read at all). */
  private static boolean sameSizeAndTime(ClusterFiles.Found found, FileRecords.Record before) {
    try {
      return Files.size(found.file()) == before.size()
          && Files.getLastModifiedTime(found.file()).toMillis() == before.modified();
    } catch (IOException e) {
      return false; // read, which says why it cannot be
    }
  }

  /**
   * The files the cluster holds whose articles should leave: gone from disk, or under a path no
   * longer configured. A file under a path whose listing may have missed it (the path is not there,
   * or a folder could not be read) stays, as does one the disk cannot say is gone.
   */
  private static List<String> gone(
      Map<String, FileRecords.Record> known, ClusterFiles.Listing listing, List<Path> roots) {
    Set<String> seen = new HashSet<>();
    listing.files().forEach(f -> seen.add(f.file().toString()));
    Set<String> configured = new HashSet<>();
    roots.forEach(r -> configured.add(r.toAbsolutePath().normalize().toString()));
    List<String> gone = new ArrayList<>();
    for (FileRecords.Record record : known.values()) {
      if (seen.contains(record.file())) {
        continue;
      }
      if (!configured.contains(record.root())) {
        gone.add(record.file());
      } else if (!listing.unsure().contains(record.root())
          && Files.notExists(Path.of(record.file()))) {
        gone.add(record.file());
      }
    }
    return gone;
  }

  /**
   * The documents an earlier run wrote in each file written again in full ({@code field} {@link
   * Fields#FILE}), or of each article written again ({@link Fields#KEY}): what they no longer hold.
   */
  private void deleteOlderRuns(String field, List<String> values, String run) throws IOException {
    for (ObjectNode terms : ClusterJson.termsPages(field, values, TERMS_PAGE)) {
      ObjectNode query = ClusterJson.object();
      ObjectNode bool = query.putObject("bool");
      bool.putArray("filter").add(terms);
      bool.putArray("must_not").addObject().putObject("term").put(IndexDefinition.RUN, run);
      aliases.deleteInUse(query);
    }
  }

  private void deleteFiles(List<String> files) throws IOException {
    for (ObjectNode terms : ClusterJson.termsPages(Fields.FILE, files, TERMS_PAGE)) {
      aliases.deleteInUse(terms);
    }
  }
}
