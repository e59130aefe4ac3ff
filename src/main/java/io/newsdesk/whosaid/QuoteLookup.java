package io.newsdesk.whosaid;

import io.newsdesk.search.Snapshot;
import java.io.IOException;
import java.util.List;

/**
 * One way of finding the quotations that hold a phrase. {@link WhoSaidService} tries its lookups in
 * order and answers from the first that finds any, so a looser lookup only ever speaks when the
 * stricter ones before it found nothing.
 */
interface QuoteLookup {
  /** What the reply records as having found the quotation: "exact words", "reworded". */
  String name();

  /** The quotations that hold enough of the phrase, best first ({@link QuoteMatch#BEST_FIRST}). */
  List<QuoteMatch> find(Snapshot snapshot, String phrase) throws IOException;
}
