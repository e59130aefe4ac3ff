package io.newsdesk.opensearch;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.transport.httpclient5.ResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes documents to the cluster in bulk requests, a few at a time: {@link #add} blocks while
 * {@code maxInFlight} requests are under way, so an ingest never runs ahead of what the cluster
 * takes (back-pressure). Documents the cluster rejects because it is busy (429, its write queue
 * full) or cannot place yet (503, a shard moving after a node left), and whole requests that fail
 * on a lost connection, are sent again after a growing, jittered pause. Ids make every resend
 * harmless: a document written twice is the same document.
 */
public final class BulkWriter implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(BulkWriter.class);

  /**
   * How the writer batches and retries.
   *
   * @param batchSize documents per bulk request
   * @param maxInFlight bulk requests under way at once
   * @param maxAttempts sends of one document before it counts as failed
   * @param firstPause the pause before the first resend; each next one doubles, up to {@code
   *     maxPause}
   */
  public record Options(
      int batchSize, int maxInFlight, int maxAttempts, Duration firstPause, Duration maxPause) {
    public Options {
      if (batchSize < 1 || maxInFlight < 1 || maxAttempts < 1) {
        throw new IllegalArgumentException(
            "batch size, requests in flight and attempts must be 1+");
      }
    }

    /** 500 documents a request, 2 requests at once, 12 sends over about a minute. */
    public static Options defaults() {
      return new Options(500, 2, 12, Duration.ofMillis(100), Duration.ofSeconds(10));
    }
  }

  private final OpenSearchClient client;
  private final Function<IndexKind, String> target;
  private final Options options;
  private final Semaphore inFlight;
  private final ExecutorService senders;
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong retried = new AtomicLong();
  private List<ClusterDocument> batch = new ArrayList<>();

  /**
   * @param target the index (or alias) each kind of document goes to
   */
  public BulkWriter(OpenSearchClient client, Function<IndexKind, String> target, Options options) {
    this.client = client;
    this.target = target;
    this.options = options;
    this.inFlight = new Semaphore(options.maxInFlight());
    this.senders =
        Executors.newFixedThreadPool(
            options.maxInFlight(),
            Thread.ofPlatform().name("newsdesk-bulk-", 0).daemon().factory());
  }

  /** Writes into the indices behind the aliases. */
  public static BulkWriter toAliases(OpenSearchClient client, Aliases aliases, Options options) {
    return new BulkWriter(client, aliases::alias, options);
  }

  /** Writes into the given indices, one per kind (a rebuild, before its aliases switch). */
  public static BulkWriter toIndices(
      OpenSearchClient client, Map<IndexKind, String> indices, Options options) {
    return new BulkWriter(client, indices::get, options);
  }

  /** Queues a document; sends a batch when one is full, waiting while too many are under way. */
  public synchronized void add(ClusterDocument document) throws InterruptedException {
    batch.add(document);
    if (batch.size() >= options.batchSize()) {
      submit();
    }
  }

  public void addAll(List<ClusterDocument> documents) throws InterruptedException {
    for (ClusterDocument document : documents) {
      add(document);
    }
  }

  /** Sends what is queued and waits until every request is done; what was written so far. */
  public BulkReport flush() throws InterruptedException {
    synchronized (this) {
      if (!batch.isEmpty()) {
        submit();
      }
    }
    inFlight.acquire(options.maxInFlight());
    inFlight.release(options.maxInFlight());
    return report();
  }

  public BulkReport report() {
    return new BulkReport(written.get(), failed.get(), retried.get());
  }

  private void submit() throws InterruptedException {
    List<ClusterDocument> full = batch;
    batch = new ArrayList<>();
    inFlight.acquire();
    try {
      senders.execute(
          () -> {
            try {
              send(full);
            } catch (RuntimeException e) {
              failed.addAndGet(full.size());
              LOG.warn("a bulk request of {} documents failed", full.size(), e);
            } finally {
              inFlight.release();
            }
          });
    } catch (RuntimeException e) {
      inFlight.release();
      throw e;
    }
  }

  private void send(List<ClusterDocument> documents) {
    List<ClusterDocument> pending = documents;
    long pause = options.firstPause().toMillis();
    for (int attempt = 1; ; attempt++) {
      List<ClusterDocument> again = sendOnce(pending);
      if (again.isEmpty()) {
        return;
      }
      if (attempt >= options.maxAttempts()) {
        failed.addAndGet(again.size());
        LOG.warn(
            "{} documents still not written after {} attempts (first: {})",
            again.size(),
            attempt,
            again.get(0).id());
        return;
      }
      retried.addAndGet(again.size());
      if (!sleep(pause + ThreadLocalRandom.current().nextLong(pause / 2 + 1))) {
        failed.addAndGet(again.size());
        return;
      }
      pause = Math.min(pause * 2, options.maxPause().toMillis());
      pending = again;
    }
  }

  /** Sends the documents once; returns those to send again. */
  private List<ClusterDocument> sendOnce(List<ClusterDocument> documents) {
    BulkResponse response;
    try {
      response = client.bulk(request(documents));
    } catch (OpenSearchException e) {
      if (retryable(e.status())) {
        return documents;
      }
      failed.addAndGet(documents.size());
      LOG.warn("the cluster refused a bulk request: {}", e.getMessage());
      return List.of();
    } catch (RuntimeException e) {
      // The client could not read the cluster's error response (opensearch-java 3.9 fails on a
      // 503 whose shard failures lack a shard number, seen while a node leaves): a failure like a
      // lost connection, sent again within the attempts allowed.
      LOG.debug("bulk request failed ({}); sending it again", e.toString());
      return documents;
    } catch (IOException e) {
      if (e instanceof ResponseException refused && !retryable(refused.status())) {
        failed.addAndGet(documents.size());
        LOG.warn("the cluster refused a bulk request: {}", e.getMessage());
        return List.of();
      }
      // A node gone or unreachable: the client has tried the other hosts too. Whatever part of
      // the request got through is written again, to the same ids.
      LOG.debug("bulk request lost ({}); sending it again", e.toString());
      return documents;
    }
    List<ClusterDocument> again = new ArrayList<>();
    List<BulkResponseItem> items = response.items();
    for (int i = 0; i < items.size(); i++) {
      BulkResponseItem item = items.get(i);
      if (item.error() == null) {
        written.incrementAndGet();
      } else if (retryable(item.status())) {
        again.add(documents.get(i));
      } else {
        failed.incrementAndGet();
        LOG.warn(
            "document {} not written: {}: {}",
            item.id(),
            item.error().type(),
            item.error().reason());
      }
    }
    return again;
  }

  private BulkRequest request(List<ClusterDocument> documents) {
    BulkRequest.Builder request = new BulkRequest.Builder();
    for (ClusterDocument doc : documents) {
      request.operations(
          op ->
              op.index(i -> i.index(target.apply(doc.kind())).id(doc.id()).document(doc.source())));
    }
    return request.build();
  }

  /** Busy (429: es_rejected_execution), or a shard or node not there for now. */
  static boolean retryable(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  private static boolean sleep(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Sends what is queued, waits for it, and stops the sending threads. */
  @Override
  public void close() {
    try {
      flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      senders.shutdownNow();
    }
  }
}
