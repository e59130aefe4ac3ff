package io.newsdesk.whosaid;

import io.newsdesk.index.Fields;
import io.newsdesk.search.FoundQuote;
import io.newsdesk.search.QuoteQuery;
import io.newsdesk.search.QuoteQuery.Clause;
import io.newsdesk.search.QuoteQuery.Occur;
import io.newsdesk.search.QuoteQuery.Term;
import io.newsdesk.search.QuoteRecord;
import io.newsdesk.search.Snapshot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

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
  public List<QuoteMatch> find(Snapshot snapshot, String phrase) throws IOException {
    PhraseWords words = PhraseWords.of(analyzer, phrase);
    double needed = needed(words);
    List<QuoteMatch> out = new ArrayList<>();
    for (FoundQuote hit : snapshot.findQuotes(query(words), CANDIDATES)) {
      QuoteRecord quote = hit.quote();
      double coverage = words.coverage(analyzer, quote.text());
      if (coverage >= needed) {
        out.add(new QuoteMatch(quote, coverage, hit.score()));
      }
    }
    out.sort(QuoteMatch.BEST_FIRST);
    return out;
  }

  /** The share of the phrase's words a quotation must hold. */
  static double needed(PhraseWords words) {
    return words.words().size() <= SHORT_PHRASE ? 1.0 : MIN_COVERAGE;
  }

  private static QuoteQuery query(PhraseWords words) {
    List<Clause> clauses = new ArrayList<>();
    for (String word : new LinkedHashSet<>(words.words())) {
      clauses.add(Clause.of(Occur.SHOULD, Term.of(Fields.QUOTE_WORDS, word)));
    }
    for (String stem : new LinkedHashSet<>(words.stems())) {
      if (!stem.isEmpty()) {
        clauses.add(Clause.of(Occur.SHOULD, Term.of(Fields.QUOTE_STEMS, stem)));
      }
    }
    return new QuoteQuery(clauses, 0, false);
  }
}
