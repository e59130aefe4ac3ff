package io.newsdesk.index;

import io.newsdesk.ingest.OneLine;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opening the index for writing, whatever state it is found in: of another format (deleted and
 * started anew), damaged (moved aside and started anew), locked by another process, or in a folder
 * this user may not write: each ends in a usable writer or in one line saying what to do.
 */
final class WriterOpening {
  private static final Logger LOG = LoggerFactory.getLogger(WriterOpening.class);

  /**
   * Lucene's buffer of documents not yet written: 128 MB, or a quarter of the heap when that is
   * less, so that indexing fits a small heap (with 128 MB, 32 MB) beside the articles in flight and
   * the readers.
   */
  static double ramBufferMb(long maxHeapBytes) {
    return Math.max(8, Math.min(128, maxHeapBytes / (4.0 * 1024 * 1024)));
  }

  private WriterOpening() {}

  static NewsIndexWriter open(IndexFolder folder, boolean live) throws IOException {
    Optional<String> rebuilt = Optional.empty();
    Optional<Integer> format = folder.format();
    if (format.isEmpty() || format.get() != IndexFolder.FORMAT) {
      rebuilt =
          Optional.of(
              "the index in "
                  + folder
                  + (format.isPresent() ? " has format " + format.get() : " has no readable marker")
                  + ", this Newsdesk writes format "
                  + IndexFolder.FORMAT
                  + ": rebuilding it from the articles and feeds");
      withLock(folder, () -> folder.clearLucene());
      LOG.warn("{}", rebuilt.get());
      folder.writeMarker();
    }
    try {
      return openLucene(folder, live, rebuilt);
    } catch (CorruptIndexException
        | IndexFormatTooOldException
        | IndexFormatTooNewException
        | EOFException
        | NoSuchFileException
        | FileNotFoundException e) {
      Path[] aside = new Path[1];
      withLock(folder, () -> aside[0] = folder.moveAsideDamaged());
      String why =
          "the index in "
              + folder
              + " is damaged ("
              + e.getClass().getSimpleName()
              + ": "
              + OneLine.of(String.valueOf(e.getMessage()), 200)
              + "); moved it to "
              + aside[0]
              + " and rebuilding from the articles and feeds";
      LOG.warn("{}", why);
      return openLucene(folder, live, Optional.of(why));
    }
  }

  /** Work on the Lucene files that must not happen while another process writes them. */
  @FunctionalInterface
  private interface LockedWork {
    void run() throws IOException;
  }

  /**
   * Runs {@code work} holding the index's write lock, as a writer would: an index another process
   * writes is never deleted or moved from under it.
   */
  private static void withLock(IndexFolder folder, LockedWork work) throws IOException {
    Files.createDirectories(folder.lucene());
    try (Directory directory = FSDirectory.open(folder.lucene());
        Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      work.run();
    } catch (LockObtainFailedException e) {
      throw new IndexInUseException(folder);
    } catch (AccessDeniedException e) {
      throw denied(folder, e);
    }
  }

  private static NewsIndexWriter openLucene(
      IndexFolder folder, boolean live, Optional<String> rebuilt) throws IOException {
    Directory directory;
    try {
      directory = FSDirectory.open(folder.lucene());
    } catch (AccessDeniedException e) {
      throw denied(folder, e);
    }
    Analyzer analyzer = NewsIndex.newAnalyzer();
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(ramBufferMb(Runtime.getRuntime().maxMemory()))
            .setSimilarity(NewsIndex.SIMILARITY)
            .setCommitOnClose(true);
    IndexWriter writer = null;
    try {
      writer = new IndexWriter(directory, config);
      NewsIndex index = NewsIndex.nearRealTime(writer, analyzer);
      return new NewsIndexWriter(folder, directory, writer, index, live, rebuilt);
    } catch (LockObtainFailedException e) {
      close(writer, directory);
      throw new IndexInUseException(folder);
    } catch (AccessDeniedException e) {
      close(writer, directory);
      throw denied(folder, e);
    } catch (FileSystemException e) {
      close(writer, directory);
      if (e instanceof NoSuchFileException) {
        throw e;
      }
      throw new IndexFolderException(
          "cannot write the index in " + folder + ": " + IndexFolder.reason(e), e);
    } catch (IOException | RuntimeException e) {
      close(writer, directory);
      throw e;
    }
  }

  private static IndexFolderException denied(IndexFolder folder, Exception e) {
    return new IndexFolderException(
        "cannot write to the index folder "
            + folder
            + ": permission denied for "
            + UserId.describe()
            + "; give that user write access to it, or set index.path to another folder",
        e);
  }

  private static void close(IndexWriter writer, Directory directory) {
    try {
      if (writer != null) {
        writer.rollback();
      }
      directory.close();
    } catch (IOException | RuntimeException e) {
      LOG.debug("closing after a failed open", e);
    }
  }
}
