package io.newsdesk.eval;

import java.util.Arrays;

/** Per-request latencies in nanoseconds, reported as percentiles in milliseconds. */
public final class Latencies {
  private long[] nanos = new long[256];
  private int size;

  public void add(long elapsedNanos) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = elapsedNanos;
  }

  /** The nearest-rank percentile, in milliseconds; 0 when nothing was measured. */
  public double percentileMs(double percentile) {
    if (size == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percentile / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
  }
}
