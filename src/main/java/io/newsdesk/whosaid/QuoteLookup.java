package io.newsdesk.whosaid;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;

/**
 * One way of finding the quotations that hold a phrase. {@link WhoSaidService} tries its lookups in
 * order and answers from the first that finds any, so a looser lookup only ever speaks when the
 * stricter ones before it found nothing.
 */
interface QuoteLookup {
  /** What the reply records as having found the quotation: "exact words", "reworded". */
  String name();

  /** The quotations that hold enough of the phrase, best first ({@link QuoteMatch#BEST_FIRST}). */
  List<QuoteMatch> find(IndexSearcher searcher, String phrase) throws IOException;
}
