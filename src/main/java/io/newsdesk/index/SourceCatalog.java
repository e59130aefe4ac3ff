package io.newsdesk.index;

import io.newsdesk.search.Citation;
import io.newsdesk.search.SearchBackend;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What is indexed: articles newest first (undated ones last), and how many there are. */
public final class SourceCatalog {
  private final SearchBackend index;

  public SourceCatalog(SearchBackend index) {
    this.index = index;
  }

  /** A page of the catalogue, newest first, and the total number of articles. */
  public record Page(List<Citation> articles, long total) {}

  /** How many articles the index holds. */
  public long articleCount() {
    return index.read(snapshot -> snapshot.articleCount());
  }

  public Page newest(int limit) {
    int wanted = Math.max(1, limit);
    return index.read(
        snapshot -> {
          // A story indexed twice (from a feed and a file, say) is listed once: fetch a few more
          // than asked, and skip the addresses already listed.
          List<Citation> out = new ArrayList<>();
          Set<String> seen = new HashSet<>();
          for (Citation citation : snapshot.newestArticles(wanted * 2 + 10)) {
            if (out.size() < wanted && seen.add(citation.identity())) {
              out.add(citation);
            }
          }
          return new Page(out, snapshot.articleCount());
        });
  }
}
