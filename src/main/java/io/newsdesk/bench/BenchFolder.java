package io.newsdesk.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** A temporary folder a benchmark works in, deleted afterwards with all it wrote. */
final class BenchFolder implements Closeable {
  private final Path path;

  private BenchFolder(Path path) {
    this.path = path;
  }

  static BenchFolder create(String name) throws IOException {
    return new BenchFolder(Files.createTempDirectory("newsdesk-bench-" + name + "-"));
  }

  Path path() {
    return path;
  }

  Path resolve(String name) {
    return path.resolve(name);
  }

  /** The first {@code limit} lines of a JSONL file (plain or .gz) copied to {@code to}. */
  static int copyArticles(Path from, int limit, Path to) throws IOException {
    int lines = 0;
    InputStream raw = Files.newInputStream(from);
    if (from.getFileName().toString().endsWith(".gz")) {
      raw = new GZIPInputStream(raw, 1 << 16);
    }
    try (BufferedReader in =
            new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
        BufferedWriter out = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
      String line;
      while (lines < limit && (line = in.readLine()) != null) {
        if (!line.isBlank()) {
          out.write(line);
          out.write('\n');
          lines++;
        }
      }
    }
    return lines;
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> files = Files.walk(path)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
