package io.newsdesk.opensearch;

/**
 * What {@code newsdesk index} did with the article files on a cluster.
 *
 * @param rebuilt whether the indices were filled anew (the first run, {@code --rebuild}, a new
 *     index format) rather than updated with the files that changed
 * @param articles articles written from the files
 * @param unchangedFiles files left alone: as they were when last written
 * @param removedFiles files gone from disk (or from the configuration) whose articles left
 * @param feedArticles in a rebuild, the feeds' articles carried over from the indices replaced
 * @param problems files, lines and articles skipped, each logged
 * @param bulk what the cluster took
 */
public record FilesReport(
    boolean rebuilt,
    long articles,
    long unchangedFiles,
    long removedFiles,
    long feedArticles,
    long problems,
    BulkReport bulk,
    double seconds) {
  public double articlesPerSecond() {
    return seconds > 0 ? articles / seconds : 0;
  }
}
