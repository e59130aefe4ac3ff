package io.newsdesk.bench;

import java.util.Locale;

/**
 * What {@code newsdesk bench} measured: each pipeline's cost per question and its indexing, with
 * the ratios (Newsdesk ÷ bare Lucene) that the speed targets are stated in.
 *
 * @param heapMb the heap in use after a full collection, both indices open and every question
 *     asked: what serving them holds on to
 */
public record QuestionFigures(
    int questions, int warmup, Pipeline newsdesk, Pipeline bare, int passages, double heapMb) {

  /** Per question: wall p50 and p99, CPU p50, and the median bytes allocated, in KiB. */
  public record Costs(double p50Ms, double p99Ms, double cpuP50Ms, double allocatedKb) {}

  /** Indexing: articles indexed, how long it took, and the index's size. */
  public record Indexing(int articles, double seconds, IndexSize size) {
    double articlesPerSecond() {
      return articles / Math.max(seconds, 1e-9);
    }
  }

  /** One pipeline's figures; {@code answered}: questions with at least one excerpt. */
  public record Pipeline(Costs costs, int answered, Indexing indexing) {}

  /** One line of {@code key=value} figures. */
  public String line() {
    Costs n = newsdesk.costs();
    Costs b = bare.costs();
    IndexSize nSize = newsdesk.indexing().size();
    IndexSize bSize = bare.indexing().size();
    return String.format(
        Locale.ROOT,
        "questions=%d warmup=%d newsdesk_p50_ms=%.2f newsdesk_p99_ms=%.2f bare_p50_ms=%.2f"
            + " bare_p99_ms=%.2f p50_ratio=%.2f p99_ratio=%.2f newsdesk_cpu_p50_ms=%.2f"
            + " bare_cpu_p50_ms=%.2f cpu_ratio=%.2f newsdesk_alloc_kb=%.0f bare_alloc_kb=%.0f"
            + " alloc_ratio=%.2f newsdesk_answered=%d bare_answered=%d articles=%d"
            + " bare_articles=%d passages=%d articles_per_s=%.0f bare_articles_per_s=%.0f"
            + " newsdesk_index_mb=%.2f newsdesk_index_mb_before_vectors=%.2f bare_index_mb=%.2f"
            + " size_ratio=%.2f size_ratio_before_vectors=%.2f heap_after_gc_mb=%.0f",
        questions,
        warmup,
        n.p50Ms(),
        n.p99Ms(),
        b.p50Ms(),
        b.p99Ms(),
        ratio(n.p50Ms(), b.p50Ms()),
        ratio(n.p99Ms(), b.p99Ms()),
        n.cpuP50Ms(),
        b.cpuP50Ms(),
        ratio(n.cpuP50Ms(), b.cpuP50Ms()),
        n.allocatedKb(),
        b.allocatedKb(),
        ratio(n.allocatedKb(), b.allocatedKb()),
        newsdesk.answered(),
        bare.answered(),
        newsdesk.indexing().articles(),
        bare.indexing().articles(),
        passages,
        newsdesk.indexing().articlesPerSecond(),
        bare.indexing().articlesPerSecond(),
        nSize.megabytes(),
        nSize.megabytesBeforeVectors(),
        bSize.megabytes(),
        ratio(nSize.megabytes(), bSize.megabytes()),
        ratio(nSize.megabytesBeforeVectors(), bSize.megabytes()),
        heapMb);
  }

  private static double ratio(double newsdesk, double bare) {
    return bare > 0 ? newsdesk / bare : 0;
  }
}
