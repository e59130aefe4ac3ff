package io.newsdesk.index;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a long indexing run is: articles done, the rate, and the time left, judged by the bytes
 * of the files still to read. Read from another thread by whoever shows it.
 */
public final class IngestProgress {
  private final long started = System.nanoTime();
  private final AtomicLong articles = new AtomicLong();
  private final AtomicLong bytesTotal = new AtomicLong();
  private final AtomicLong bytesDone = new AtomicLong();

  void addWork(long bytes) {
    bytesTotal.addAndGet(bytes);
  }

  void article() {
    articles.incrementAndGet();
  }

  void read(long bytes) {
    bytesDone.addAndGet(bytes);
  }

  public long articles() {
    return articles.get();
  }

  /** E.g. {@code 12,345 articles · 512/s · 40% · about 30 s left}. */
  public String line() {
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    long done = articles.get();
    StringBuilder out =
        new StringBuilder(
            String.format(Locale.ROOT, "%,d articles · %,.0f/s", done, done / seconds));
    long total = bytesTotal.get();
    long read = Math.min(total, bytesDone.get());
    if (total > 0 && read > 0) {
      out.append(String.format(Locale.ROOT, " · %d%%", read * 100 / total));
      double left = seconds * (total - read) / read;
      out.append(" · about ").append(duration(left)).append(" left");
    }
    return out.toString();
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 90) {
      return s + " s";
    }
    if (s < 90 * 60) {
      return Math.round(s / 60.0) + " min";
    }
    return String.format(Locale.ROOT, "%.1f h", s / 3600.0);
  }
}
