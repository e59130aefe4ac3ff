package io.newsdesk.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * A question's terms, each looked up in the searcher's index once: looking a term up costs a seek
 * in every segment, and the weights and every search of one question need the same terms. Valid for
 * the searcher it was made with only.
 */
final class TermLookups {
  private final IndexSearcher searcher;
  private final Map<Term, TermStates> states = new HashMap<>();

  TermLookups(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** How many documents hold the term. */
  int docFreq(Term term) throws IOException {
    return states(term).docFreq();
  }

  /** A query for the term that looks it up no more. */
  TermQuery query(Term term) throws IOException {
    return new TermQuery(term, states(term));
  }

  private TermStates states(Term term) throws IOException {
    TermStates found = states.get(term);
    if (found == null) {
      found = TermStates.build(searcher, term, true);
      states.put(term, found);
    }
    return found;
  }
}
