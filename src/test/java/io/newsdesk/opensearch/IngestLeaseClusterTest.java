package io.newsdesk.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Two processes (two holders, each with its own client) share one ingest lease. */
final class IngestLeaseClusterTest {
  private static final Duration TERM = Duration.ofSeconds(30);

  private static TestCluster cluster;
  private static ClusterConnection first;
  private static ClusterConnection second;

  @BeforeAll
  static void start() throws IOException {
    cluster = TestCluster.start(1, Map.of());
    first = cluster.connect("lease");
    second = cluster.connect("lease");
  }

  @AfterAll
  static void stop() throws IOException {
    if (cluster != null) {
      cluster.close(); // and the connections it opened
    }
  }

  /** A clock the test moves forward by hand. */
  private static final class TestClock extends Clock {
    private volatile Instant now = Instant.parse("2025-02-14T10:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @Test
  @DisplayName("one holder at a time; the other takes over once the term runs out unrenewed")
  void oneHolderThenTakeOver() throws IOException {
    TestClock clock = new TestClock();
    IngestLease a = new IngestLease(first.client(), "expiry", "host-a:101", TERM, clock);
    IngestLease b = new IngestLease(second.client(), "expiry", "host-b:202", TERM, clock);

    assertThat(a.acquire()).isTrue();
    assertThat(b.acquire()).isFalse();
    clock.advance(Duration.ofSeconds(20));
    assertThat(a.renew()).isTrue();
    clock.advance(Duration.ofSeconds(20));
    assertThat(b.acquire()).as("a renewed 20 s ago: still a's").isFalse();

    clock.advance(Duration.ofSeconds(11)); // a died: 31 s without a renewal
    assertThat(b.acquire()).isTrue();
    assertThat(b.current()).hasValueSatisfying(s -> assertThat(s.holder()).isEqualTo("host-b:202"));
    assertThat(a.renew()).as("a comes back: it must stop ingesting").isFalse();
    assertThat(a.acquire()).isFalse();

    b.release();
    assertThat(a.acquire()).isTrue();
  }

  @Test
  @DisplayName("holders racing for a free or expired lease: exactly one wins each time")
  void raceHasOneWinner() throws Exception {
    TestClock clock = new TestClock();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 5; round++) {
        List<Callable<Boolean>> tries = new ArrayList<>();
        for (int holder = 0; holder < 4; holder++) {
          ClusterConnection connection = holder % 2 == 0 ? first : second;
          IngestLease lease =
              new IngestLease(connection.client(), "race", "holder-" + holder, TERM, clock);
          tries.add(lease::acquire);
        }
        long winners = 0;
        for (Future<Boolean> result : pool.invokeAll(tries)) {
          winners += result.get() ? 1 : 0;
        }
        assertThat(winners).as("round " + round).isEqualTo(1);
        clock.advance(TERM.plusSeconds(1));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
