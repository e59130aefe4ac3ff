package io.newsdesk.bench;

import io.newsdesk.eval.Latencies;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * What answering cost one pipeline, question by question, on the calling thread: wall time, CPU
 * time and bytes allocated; and how many questions it had something to show for. Both pipelines
 * answer on the calling thread alone (one searcher without an executor, the question's embedding on
 * the caller), so the thread's figures are the question's.
 */
final class QuestionCosts {
  private static final com.sun.management.ThreadMXBean THREADS = threads();

  private final Latencies wall = new Latencies();
  private final Latencies cpu = new Latencies();
  private long[] allocated = new long[256];
  private int count;
  private int answered;

  private static com.sun.management.ThreadMXBean threads() {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported() || !threads.isThreadAllocatedMemorySupported()) {
      throw new IllegalStateException("this JVM measures no thread CPU time or allocation");
    }
    threads.setThreadCpuTimeEnabled(true);
    threads.setThreadAllocatedMemoryEnabled(true);
    return threads;
  }

  /** Answers one question, recording what it cost and whether it had something to show. */
  void measure(BooleanSupplier answer) {
    long bytes0 = THREADS.getCurrentThreadAllocatedBytes();
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    boolean shown = answer.getAsBoolean();
    long wallNanos = System.nanoTime() - wall0;
    long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpu0;
    long bytes = THREADS.getCurrentThreadAllocatedBytes() - bytes0;
    wall.add(wallNanos);
    cpu.add(cpuNanos);
    if (count == allocated.length) {
      allocated = Arrays.copyOf(allocated, count * 2);
    }
    allocated[count++] = bytes;
    answered += shown ? 1 : 0;
  }

  int answered() {
    return answered;
  }

  QuestionFigures.Costs summary() {
    return new QuestionFigures.Costs(
        wall.percentileMs(50), wall.percentileMs(99), cpu.percentileMs(50), medianBytes() / 1024.0);
  }

  private long medianBytes() {
    if (count == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(allocated, count);
    Arrays.sort(sorted);
    return sorted[(count - 1) / 2];
  }
}
