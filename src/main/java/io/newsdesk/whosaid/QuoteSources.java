package io.newsdesk.whosaid;

import io.newsdesk.search.Citation;
import io.newsdesk.search.QuoteRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The articles a who-said reply lists: the one whose quotation is shown, then those that print the
 * same quotation ({@link SameQuotation}), each article once.
 */
final class QuoteSources {
  static final int MAX_SOURCES = 5;

  private QuoteSources() {}

  /**
   * @param candidates the matches that agree with the speaker named, best first; a match that only
   *     shares words with the shown quotation is not a source of it
   */
  static List<QuoteRecord> of(Analyzer analyzer, QuoteRecord shown, List<QuoteMatch> candidates) {
    List<String> shownWords = SameQuotation.words(analyzer, shown.text());
    List<QuoteRecord> sources = new ArrayList<>(List.of(shown));
    Set<String> articles = new HashSet<>(keys(shown.citation()));
    for (QuoteMatch candidate : candidates) {
      QuoteRecord quote = candidate.quote();
      if (sources.size() == MAX_SOURCES) {
        break;
      }
      List<String> keys = keys(quote.citation());
      if (keys.stream().noneMatch(articles::contains)
          && SameQuotation.same(shownWords, SameQuotation.words(analyzer, quote.text()))) {
        articles.addAll(keys);
        sources.add(quote);
      }
    }
    // A source a reader can open comes before one without a link; otherwise best match first.
    sources.sort(Comparator.comparing((QuoteRecord q) -> q.citation().url().isEmpty()));
    return sources;
  }

  /**
   * What makes two citations one article to a reader: one address or index key ({@link
   * Citation#identity()}), or one publisher and title. A story printed again the next day under the
   * same headline (two ids, no address) would otherwise be listed twice, as if two articles.
   */
  private static List<String> keys(Citation citation) {
    String title = citation.title().strip().toLowerCase(Locale.ROOT);
    return citation
        .source()
        .filter(source -> !title.isEmpty())
        .map(source -> List.of(citation.identity(), "title:" + source + "\n" + title))
        .orElse(List.of(citation.identity()));
  }
}
