package io.newsdesk.app;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the article folders (and the folders below them) for files written, changed or deleted,
 * and hands the changed paths on in batches: a batch closes {@code quiet} after the last change, so
 * a file being written is read once it is done. When the system drops events (an overflow) the
 * batch asks for a full re-scan. Folders that cannot be watched are said once; the periodic re-scan
 * still covers them.
 */
final class FolderWatcher implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

  /** The longest a change waits to be handed on while other changes keep coming. */
  static final Duration MAX_WAIT = Duration.ofMillis(1000);

  /** Changed paths, or a request to re-scan everything. */
  record Batch(Set<Path> paths, boolean rescan) {}

  private final WatchService service;
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
  private final Duration quiet;
  private final Consumer<Batch> sink;
  private final Thread thread;
  private volatile boolean closed;

  private FolderWatcher(List<Path> roots, Duration quiet, Consumer<Batch> sink) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.quiet = quiet;
    this.sink = sink;
    for (Path root : roots) {
      Path path = root.toAbsolutePath().normalize();
      if (Files.isDirectory(path)) {
        registerTree(path);
      } else if (path.getParent() != null && Files.isDirectory(path.getParent())) {
        register(path.getParent()); // a single configured file: its folder tells of its changes
      }
    }
    this.thread = new Thread(this::run, "newsdesk-watch");
    thread.setDaemon(true);
    thread.start();
  }

  static FolderWatcher start(List<Path> roots, Duration quiet, Consumer<Batch> sink)
      throws IOException {
    return new FolderWatcher(roots, quiet, sink);
  }

  private void registerTree(Path root) {
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return register(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE; // the indexer reports unreadable folders
            }
          });
    } catch (IOException e) {
      LOG.warn(
          "cannot watch {} for changes ({}); it is re-scanned on schedule", root, e.getMessage());
    }
  }

  private boolean register(Path dir) {
    try {
      WatchKey key =
          dir.register(
              service,
              StandardWatchEventKinds.ENTRY_CREATE,
              StandardWatchEventKinds.ENTRY_MODIFY,
              StandardWatchEventKinds.ENTRY_DELETE);
      folders.put(key, dir);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      LOG.warn(
          "cannot watch {} for changes ({}); it is re-scanned on schedule", dir, e.getMessage());
      return false;
    }
  }

  private void run() {
    Set<Path> changed = new LinkedHashSet<>();
    boolean rescan = false;
    long firstChange = 0;
    while (!closed) {
      try {
        boolean pending = !changed.isEmpty() || rescan;
        long age = pending ? System.nanoTime() - firstChange : 0;
        long wait = Math.min(quiet.toNanos(), MAX_WAIT.toNanos() - age);
        WatchKey key =
            !pending ? service.take() : wait <= 0 ? null : service.poll(wait, TimeUnit.NANOSECONDS);
        if (key == null) {
          // Quiet for a moment, or a file keeps changing: hand on what changed so far.
          sink.accept(new Batch(Set.copyOf(changed), rescan));
          changed.clear();
          rescan = false;
          continue;
        }
        if (!pending) {
          firstChange = System.nanoTime();
        }
        rescan |= collect(key, changed);
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      } catch (RuntimeException e) {
        LOG.warn("watching the article folders: {}", e.toString());
      }
    }
  }

  /** Adds the key's changed paths; returns whether events were lost and a re-scan is needed. */
  private boolean collect(WatchKey key, Set<Path> changed) {
    Path dir = folders.get(key);
    boolean overflow = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        overflow = true;
        continue;
      }
      if (dir == null || !(event.context() instanceof Path name)) {
        continue;
      }
      Path path = dir.resolve(name);
      if (name.toString().startsWith(".")) {
        continue; // editors' swap and temp files; hidden files are never articles
      }
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
        registerTree(path);
      }
      changed.add(path); // the indexer keeps only article files under a configured path
    }
    if (!key.reset()) {
      folders.remove(key);
    }
    return overflow;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    service.close();
    thread.interrupt();
  }
}
