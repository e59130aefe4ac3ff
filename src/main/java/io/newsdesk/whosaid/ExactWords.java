package io.newsdesk.whosaid;

import io.newsdesk.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The phrase's own words, or other forms of them ("deploy" for "deployed"): a quotation must hold
 * {@link #MIN_COVERAGE} of them, and all of a short phrase's.
 */
final class ExactWords implements QuoteLookup {
  /** A quotation must hold this share of a phrase's words (all of them for short phrases). */
  static final double MIN_COVERAGE = 0.7;

  static final int SHORT_PHRASE = 3;
  static final int CANDIDATES = 100;

  private final Analyzer analyzer;

  ExactWords(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  @Override
  public String name() {
    return "exact words";
  }

  @Override
  public List<QuoteMatch> find(IndexSearcher searcher, String phrase) throws IOException {
    PhraseWords words = PhraseWords.of(analyzer, phrase);
    double needed = needed(words);
    StoredFields stored = searcher.storedFields();
    List<QuoteMatch> out = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query(words), CANDIDATES).scoreDocs) {
      QuoteRecord quote = WhoSaidService.record(stored.document(hit.doc));
      double coverage = words.coverage(analyzer, quote.text());
      if (coverage >= needed) {
        out.add(new QuoteMatch(quote, coverage, hit.score));
      }
    }
    out.sort(QuoteMatch.BEST_FIRST);
    return out;
  }

  /** The share of the phrase's words a quotation must hold. */
  static double needed(PhraseWords words) {
    return words.words().size() <= SHORT_PHRASE ? 1.0 : MIN_COVERAGE;
  }

  private static Query query(PhraseWords words) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String word : new LinkedHashSet<>(words.words())) {
      query.add(new TermQuery(new Term(Fields.QUOTE_WORDS, word)), Occur.SHOULD);
    }
    for (String stem : new LinkedHashSet<>(words.stems())) {
      if (!stem.isEmpty()) {
        query.add(new TermQuery(new Term(Fields.QUOTE_STEMS, stem)), Occur.SHOULD);
      }
    }
    return query.build();
  }
}
