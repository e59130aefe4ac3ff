package io.newsdesk.whosaid;

import io.newsdesk.answer.Synonyms;
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
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * A phrase as it was remembered rather than printed: "there won't be American troops in Ukraine"
 * for "there will not be U.S. troops deployed to Ukraine". Contractions are written out on both
 * sides ({@link Contractions}), and a word counts when the quotation has a synonym of it. The query
 * needs only {@link #MIN_MEANING} of the phrase's content words, so a word the speaker never said
 * does not hide the quotation.
 *
 * <p>Being looser, it must not name a speaker for words nobody said. A quotation is kept only when
 * one stretch of it little longer than the phrase ({@link ClosestStretch}) holds, like {@link
 * ExactWords}, {@link ExactWords#MIN_COVERAGE} of the phrase's words (all of a short phrase's), and
 * also {@link #MIN_MEANING} of their meaning: of the content words weighted by how rare they are
 * among quotations, so that "we", "should" and "something" cannot stand in for a missing "debate".
 * A weaker best match is no match, and the reply says nothing was found.
 */
final class RewordedPhrase implements QuoteLookup {
  /** The share of the content words' weight (by rarity) that a quotation must hold. */
  static final double MIN_MEANING = 0.75;

  /** With fewer content words a phrase is too vague to look for loosely ("there will not be"). */
  static final int MIN_CONTENT_WORDS = 2;

  /** The project's synonyms and those of quotations, read as quotation stems. */
  static final List<String> SYNONYM_LISTS = List.of(Synonyms.ANSWER_LIST, "/whosaid/synonyms.txt");

  private final Analyzer analyzer;
  private final Synonyms synonyms;

  RewordedPhrase(Analyzer analyzer) {
    this.analyzer = analyzer;
    this.synonyms = Synonyms.load(analyzer, Fields.QUOTE_STEMS, SYNONYM_LISTS);
  }

  @Override
  public String name() {
    return "reworded";
  }

  @Override
  public List<QuoteMatch> find(Snapshot snapshot, String phrase) throws IOException {
    PhraseWords words = PhraseWords.of(analyzer, Contractions.expanded(phrase));
    if (words.contentWords() < MIN_CONTENT_WORDS) {
      return List.of();
    }
    double needed = ExactWords.needed(words);
    double[] weights = rarities(snapshot, words);
    List<QuoteMatch> out = new ArrayList<>();
    for (FoundQuote hit : snapshot.findQuotes(query(words), ExactWords.CANDIDATES)) {
      QuoteRecord quote = hit.quote();
      PhraseWords quoted = PhraseWords.ofQuotation(analyzer, Contractions.expanded(quote.text()));
      boolean[] found = ClosestStretch.found(words, quoted, synonyms::of, weights);
      double coverage = words.share(found);
      if (coverage >= needed && PhraseWords.share(found, weights) >= MIN_MEANING) {
        out.add(new QuoteMatch(quote, coverage, hit.score()));
      }
    }
    out.sort(QuoteMatch.BEST_FIRST);
    return out;
  }

  /** Each content word as its stem or a synonym's; enough of them must match. */
  private QuoteQuery query(PhraseWords words) {
    Set<String> stems = new LinkedHashSet<>(words.stems());
    stems.remove("");
    List<Clause> clauses = new ArrayList<>();
    for (String stem : stems) {
      List<Term> forms = new ArrayList<>();
      forms.add(Term.of(Fields.QUOTE_STEMS, stem));
      synonyms.of(stem).forEach(synonym -> forms.add(Term.of(Fields.QUOTE_STEMS, synonym)));
      clauses.add(new Clause(Occur.SHOULD, forms));
    }
    return new QuoteQuery(clauses, (int) Math.ceil(MIN_MEANING * stems.size()), false);
  }

  /**
   * Each word's weight: BM25's inverse document frequency of its stem among quotations (a word in
   * none weighs most); a stop word weighs nothing.
   */
  private static double[] rarities(Snapshot snapshot, PhraseWords words) throws IOException {
    long quotations = Math.max(0, snapshot.quotationCount());
    Map<String, Long> with =
        snapshot.quotationsWith(
            words.stems().stream().filter(stem -> !stem.isEmpty()).distinct().toList());
    double[] weights = new double[words.words().size()];
    for (int i = 0; i < weights.length; i++) {
      String stem = words.stems().get(i);
      if (!stem.isEmpty()) {
        long n = with.getOrDefault(stem, 0L);
        weights[i] = Math.log(1 + (quotations - n + 0.5) / (n + 0.5));
      }
    }
    return weights;
  }
}
