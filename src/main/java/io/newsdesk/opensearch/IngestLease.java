package io.newsdesk.opensearch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.HealthStatus;
import org.opensearch.client.opensearch._types.OpType;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * The right to ingest, held by one process at a time among all those sharing a cluster: a lease
 * document (who holds it, until when) in {@code prefix-leases}. Every change to it is conditional
 * on the version read just before (the document's sequence number and primary term), so of two
 * processes racing for it exactly one wins. The holder renews it well within its term; a holder
 * that dies stops renewing, and once the term has run out another process takes it over.
 *
 * <p>Expiry is judged by the clock of the process that wants the lease, against the time the holder
 * wrote: the machines' clocks must agree to much better than the term (NTP does).
 */
public final class IngestLease {
  static final String ID = "ingest";

  /** What the lease document holds. */
  public record State(String holder, long expires) {
    public Instant expiry() {
      return Instant.ofEpochMilli(expires);
    }
  }

  private final OpenSearchClient client;
  private final String index;
  private final String holder;
  private final Duration term;
  private final Clock clock;
  private volatile boolean indexReady;

  /**
   * @param holder this process, as others will see it in the lease (host name and process id)
   * @param term how long the lease lasts unless renewed
   */
  public IngestLease(
      OpenSearchClient client, String prefix, String holder, Duration term, Clock clock) {
    this.client = client;
    this.index = prefix + "-leases";
    this.holder = holder;
    this.term = term;
    this.clock = clock;
  }

  /**
   * Takes the lease if nobody holds it, its holder's term has run out, or this process holds it
   * already (then it is renewed); whether this process holds it now.
   */
  public boolean acquire() throws IOException {
    ensureIndex();
    Optional<GetResponse<State>> found = read();
    if (found.isEmpty()) {
      return write(OpType.Create, null);
    }
    State state = found.get().source();
    boolean expired = state.expires() < clock.millis();
    if (!holder.equals(state.holder()) && !expired) {
      return false;
    }
    return write(OpType.Index, found.get());
  }

  /** Extends this process's term; false when another process has taken the lease over. */
  public boolean renew() throws IOException {
    Optional<GetResponse<State>> found = read();
    if (found.isEmpty() || !holder.equals(found.get().source().holder())) {
      return false;
    }
    return write(OpType.Index, found.get());
  }

  /** Gives the lease up, if this process holds it, so another can take it at once. */
  public void release() throws IOException {
    Optional<GetResponse<State>> found = read();
    if (found.isEmpty() || !holder.equals(found.get().source().holder())) {
      return;
    }
    GetResponse<State> seen = found.get();
    try {
      client.delete(
          d -> d.index(index).id(ID).ifSeqNo(seen.seqNo()).ifPrimaryTerm(seen.primaryTerm()));
    } catch (OpenSearchException | ResponseException e) {
      int status = ClusterErrors.status(e);
      if (status != 409 && status != 404) {
        throw e;
      }
    }
  }

  /** Who holds the lease and until when, if anybody ever took it. */
  public Optional<State> current() throws IOException {
    ensureIndex();
    return read().map(GetResponse::source);
  }

  /**
   * The lease document as it is now. A shard just created, or moving after a node left, answers 503
   * for a moment: asked again for up to {@link #READ_PATIENCE}.
   */
  private Optional<GetResponse<State>> read() throws IOException {
    long deadline = System.nanoTime() + READ_PATIENCE.toNanos();
    while (true) {
      try {
        GetResponse<State> response = client.get(g -> g.index(index).id(ID), State.class);
        return response.found() ? Optional.of(response) : Optional.empty();
      } catch (ResponseException e) {
        if (e.status() != 503 || System.nanoTime() > deadline) {
          throw e;
        }
        pause();
      }
    }
  }

  static final Duration READ_PATIENCE = Duration.ofSeconds(10);

  private static void pause() throws IOException {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the ingest lease");
    }
  }

  /** Writes the lease for this process if the document is still as {@code seen} (or absent). */
  private boolean write(OpType op, GetResponse<State> seen) throws IOException {
    State mine = new State(holder, clock.millis() + term.toMillis());
    try {
      client.index(
          i -> {
            i.index(index).id(ID).document(mine).opType(op);
            if (seen != null) {
              i.ifSeqNo(seen.seqNo()).ifPrimaryTerm(seen.primaryTerm());
            }
            return i;
          });
      return true;
    } catch (OpenSearchException | ResponseException e) {
      if (ClusterErrors.status(e) == 409) {
        return false; // another process wrote the lease between our read and our write
      }
      throw e;
    }
  }

  /** Creates the lease index if it is not there, and waits until its shard can be read. */
  private void ensureIndex() throws IOException {
    if (indexReady) {
      return;
    }
    if (!client.indices().exists(e -> e.index(index)).value()) {
      create();
    }
    client
        .cluster()
        .health(h -> h.index(index).waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("30s")));
    indexReady = true;
  }

  private void create() throws IOException {
    try {
      client
          .indices()
          .create(
              c ->
                  c.index(index)
                      .settings(s -> s.numberOfShards(1).autoExpandReplicas("0-1"))
                      .mappings(
                          m ->
                              m.properties("holder", p -> p.keyword(k -> k))
                                  .properties("expires", p -> p.long_(l -> l))));
    } catch (OpenSearchException | ResponseException e) {
      // Another process created it first: as good.
      if (!client.indices().exists(x -> x.index(index)).value()) {
        throw e;
      }
    }
  }
}
