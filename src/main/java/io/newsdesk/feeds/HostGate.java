package io.newsdesk.feeds;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness towards each web server: one request at a time per host, and at least {@code interval}
 * between the end of one and the start of the next.
 */
final class HostGate {
  private final Duration interval;
  private final ConcurrentMap<String, Host> hosts = new ConcurrentHashMap<>();

  HostGate(Duration interval) {
    this.interval = interval;
  }

  private static final class Host {
    final ReentrantLock lock = new ReentrantLock(true);
    long lastEnd;
  }

  /** A turn at a host, held until closed. */
  interface Turn extends AutoCloseable {
    @Override
    void close();
  }

  Turn enter(String host) throws InterruptedException {
    Host h = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Host());
    h.lock.lockInterruptibly();
    long wait = h.lastEnd + interval.toNanos() - System.nanoTime();
    if (h.lastEnd != 0 && wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        h.lock.unlock();
        throw e;
      }
    }
    return () -> {
      h.lastEnd = System.nanoTime();
      h.lock.unlock();
    };
  }
}
