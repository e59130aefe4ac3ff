package io.newsdesk.ingest;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The decompressed bytes of a {@code .gz} file (or the file's own bytes), where a damaged or
 * cut-off end reads as the end of the data instead of an error: everything before it is still
 * delivered, and {@link #damage()} says what was wrong. A download cut short keeps its readable
 * lines.
 */
final class GzipTail extends FilterInputStream {
  private String damage;
  private int last = '\n';

  private GzipTail(InputStream in) {
    super(in);
  }

  static GzipTail of(Path file, InputStream raw) throws IOException {
    boolean gz = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    try {
      return new GzipTail(gz ? new GZIPInputStream(raw, 1 << 16) : raw);
    } catch (EOFException | ZipException e) {
      raw.close();
      GzipTail empty = new GzipTail(InputStream.nullInputStream());
      empty.damage = "not gzip data: " + e.getMessage();
      return empty;
    }
  }

  /** What ended the data early, if anything did. */
  Optional<String> damage() {
    return Optional.ofNullable(damage);
  }

  /** Whether the data stopped in the middle of a line. */
  boolean endedMidLine() {
    return damage != null && last != '\n';
  }

  @Override
  public int read() throws IOException {
    if (damage != null) {
      return -1;
    }
    try {
      int b = super.read();
      if (b >= 0) {
        last = b;
      }
      return b;
    } catch (EOFException | ZipException e) {
      damage = String.valueOf(e.getMessage());
      return -1;
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (damage != null) {
      return -1;
    }
    try {
      int n = super.read(b, off, len);
      if (n > 0) {
        last = b[off + n - 1];
      }
      return n;
    } catch (EOFException | ZipException e) {
      damage = String.valueOf(e.getMessage());
      return -1;
    }
  }
}
