package io.newsdesk.index;

import io.newsdesk.search.Citation;
import io.newsdesk.search.FoundQuote;
import io.newsdesk.search.PassageHit;
import io.newsdesk.search.QuoteQuery;
import io.newsdesk.search.QuoteRecord;
import io.newsdesk.search.Snapshot;
import io.newsdesk.search.StoredPassage;
import io.newsdesk.search.WordQuery;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;

/** One searcher of the embedded index, as the answering side asks of it. */
final class EmbeddedSnapshot implements Snapshot {
  /** The stored fields a passage is made of; its others are not read. */
  private static final Set<String> PASSAGE_FIELDS =
      Stream.concat(
              Documents.CITATION_FIELDS.stream(), Stream.of(Fields.TEXT, Fields.START, Fields.CUT))
          .collect(Collectors.toUnmodifiableSet());

  private final IndexSearcher searcher;
  private final TermLookups lookups;

  EmbeddedSnapshot(IndexSearcher searcher) {
    this.searcher = searcher;
    this.lookups = new TermLookups(searcher);
  }

  @Override
  public long articleCount() throws IOException {
    return searcher.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)));
  }

  @Override
  public List<Citation> newestArticles(int n) throws IOException {
    TopDocs top =
        searcher.search(
            new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)),
            Math.max(1, n),
            newestFirst(SortField.FIELD_DOC));
    StoredFields stored = searcher.storedFields();
    List<Citation> out = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      out.add(Documents.citation(stored.document(hit.doc)));
    }
    return out;
  }

  @Override
  public long passageCount() throws IOException {
    return searcher.getIndexReader().getDocCount(Fields.TEXT);
  }

  @Override
  public Map<String, Long> passagesWith(Collection<String> terms) throws IOException {
    return documentsWith(Fields.TEXT, terms);
  }

  /** How many documents hold each term of the field, each looked up once per snapshot. */
  private Map<String, Long> documentsWith(String field, Collection<String> terms)
      throws IOException {
    Map<String, Long> out = HashMap.newHashMap(terms.size());
    for (String term : terms) {
      out.put(term, (long) lookups.docFreq(new Term(field, term)));
    }
    return out;
  }

  @Override
  public List<PassageHit> findPassages(WordQuery query, int n) throws IOException {
    TopDocs found = searcher.search(query(query), n);
    if (!query.pairs().isEmpty()) {
      found = new PairRescorer(pairs(query.pairs()), query.pairWeight()).rescore(searcher, found);
    }
    ScoreDoc[] hits = found.scoreDocs;
    Map<Integer, Long> days = HitValues.publishedDays(searcher.getIndexReader(), hits);
    // Keys are read only where the search needs them: to rank passages by their articles.
    Map<Integer, String> keys =
        query.articles().isEmpty() ? Map.of() : HitValues.keys(searcher.getIndexReader(), hits);
    List<PassageHit> out = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      Long day = days.get(hit.doc);
      out.add(
          new PassageHit(
              hit.doc,
              hit.score,
              day == null ? OptionalLong.empty() : OptionalLong.of(day),
              keys.getOrDefault(hit.doc, "")));
    }
    return out;
  }

  private Query query(WordQuery query) throws IOException {
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    for (WordQuery.Clause clause : query.clauses()) {
      String field = clause.where() == WordQuery.Where.TEXT ? Fields.TEXT : Fields.TITLE_TEXT;
      Query term = lookups.query(new Term(field, clause.term()));
      words.add(clause.boost() == 1f ? term : new BoostQuery(term, clause.boost()), Occur.SHOULD);
    }
    BooleanQuery.Builder out = new BooleanQuery.Builder();
    out.add(words.build(), Occur.MUST);
    query.asOf().ifPresent(day -> out.add(publishedBy(day), Occur.FILTER));
    if (!query.articles().isEmpty()) {
      List<BytesRef> keys = query.articles().stream().sorted().map(BytesRef::new).toList();
      out.add(new TermInSetQuery(Fields.KEY, keys), Occur.FILTER);
    }
    return out.build();
  }

  private static Query pairs(List<WordQuery.Pair> pairs) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (WordQuery.Pair pair : pairs) {
      any.add(
          new PhraseQuery.Builder()
              .add(new Term(Fields.TEXT, pair.first()), 0)
              .add(new Term(Fields.TEXT, pair.second()), pair.distance())
              .setSlop(pair.slop())
              .build(),
          Occur.SHOULD);
    }
    return any.build();
  }

  /**
   * Documents published on or before the day: found by the index of days, or checked one by one by
   * their day's doc value when the query's other clauses match few documents (an article's
   * passages, the article documents); Lucene picks whichever costs less, both match the same.
   */
  static Query publishedBy(LocalDate day) {
    long last = day.toEpochDay();
    return new IndexOrDocValuesQuery(
        LongPoint.newRangeQuery(Fields.PUBLISHED, Long.MIN_VALUE, last),
        NumericDocValuesField.newSlowRangeQuery(Fields.PUBLISHED, Long.MIN_VALUE, last));
  }

  @Override
  public List<String> nearestArticles(float[] vector, Optional<LocalDate> asOf, int n)
      throws IOException {
    BooleanQuery.Builder filter =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)), Occur.FILTER);
    asOf.ifPresent(day -> filter.add(publishedBy(day), Occur.FILTER));
    TopDocs nearest =
        searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, vector, n, filter.build()), n);
    Map<Integer, String> keys = HitValues.keys(searcher.getIndexReader(), nearest.scoreDocs);
    Map<String, Boolean> ranked = new LinkedHashMap<>();
    for (ScoreDoc hit : nearest.scoreDocs) {
      ranked.putIfAbsent(keys.getOrDefault(hit.doc, ""), Boolean.TRUE);
    }
    return List.copyOf(ranked.keySet());
  }

  @Override
  public Map<Integer, StoredPassage> passages(List<PassageHit> hits) throws IOException {
    StoredFields stored = searcher.storedFields();
    Map<Integer, StoredPassage> out = HashMap.newHashMap(hits.size());
    for (PassageHit hit : hits) {
      Document doc = stored.document(hit.doc(), PASSAGE_FIELDS);
      IndexableField cutField = doc.getField(Fields.CUT);
      int cut = cutField == null ? 0 : cutField.numericValue().intValue();
      out.put(
          hit.doc(),
          new StoredPassage(
              Documents.citation(doc),
              doc.get(Fields.TEXT),
              doc.getField(Fields.START).numericValue().intValue(),
              (cut & Fields.CUT_BEFORE) != 0,
              (cut & Fields.CUT_AFTER) != 0));
    }
    return out;
  }

  @Override
  public long articlesWithWord(String word) throws IOException {
    return searcher.getIndexReader().docFreq(new Term(Fields.WORDS, word));
  }

  @Override
  public Optional<WordUse> moreCommonSpelling(String word) throws IOException {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMinQueryLength(1);
    SuggestWord[] found =
        checker.suggestSimilar(
            new Term(Fields.WORDS, word),
            1,
            searcher.getIndexReader(),
            SuggestMode.SUGGEST_MORE_POPULAR);
    return found.length == 0
        ? Optional.empty()
        : Optional.of(new WordUse(found[0].string, found[0].freq));
  }

  @Override
  public long quotationCount() throws IOException {
    return searcher.getIndexReader().getDocCount(Fields.QUOTE_STEMS);
  }

  @Override
  public Map<String, Long> quotationsWith(Collection<String> stems) throws IOException {
    return documentsWith(Fields.QUOTE_STEMS, stems);
  }

  @Override
  public List<FoundQuote> findQuotes(QuoteQuery query, int n) throws IOException {
    BooleanQuery.Builder bool = new BooleanQuery.Builder();
    bool.add(new TermQuery(new Term(Fields.KIND, Fields.KIND_QUOTE)), Occur.FILTER);
    for (QuoteQuery.Clause clause : query.clauses()) {
      bool.add(anyOf(clause.anyOf()), Occur.valueOf(clause.occur().name()));
    }
    boolean should = query.clauses().stream().anyMatch(c -> c.occur() == QuoteQuery.Occur.SHOULD);
    boolean must = query.clauses().stream().anyMatch(c -> c.occur() == QuoteQuery.Occur.MUST);
    // The kind filter would make every SHOULD clause optional: one must match, as without it.
    bool.setMinimumNumberShouldMatch(Math.max(query.minimumShouldMatch(), should && !must ? 1 : 0));
    TopDocs found =
        query.newestFirst()
            ? searcher.search(bool.build(), n, newestFirst(SortField.FIELD_SCORE))
            : searcher.search(bool.build(), n);
    StoredFields stored = searcher.storedFields();
    List<FoundQuote> out = new ArrayList<>(found.scoreDocs.length);
    for (ScoreDoc hit : found.scoreDocs) {
      out.add(quote(stored.document(hit.doc), hit.score));
    }
    return out;
  }

  private static Query anyOf(List<QuoteQuery.Term> terms) {
    if (terms.size() == 1) {
      return term(terms.get(0));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    terms.forEach(t -> any.add(term(t), Occur.SHOULD));
    return any.build();
  }

  private static Query term(QuoteQuery.Term term) {
    Term t = new Term(term.field(), term.text());
    return term.prefix() ? new PrefixQuery(t) : new TermQuery(t);
  }

  /** Newest publication day first, undated last; equal days by {@code then}. */
  private static Sort newestFirst(SortField then) {
    SortField byDay = new SortField(Fields.PUBLISHED, SortField.Type.LONG, true);
    byDay.setMissingValue(Long.MIN_VALUE);
    return new Sort(byDay, then);
  }

  private static FoundQuote quote(Document doc, float score) {
    return new FoundQuote(
        new QuoteRecord(
            doc.get(Fields.QUOTE),
            Optional.ofNullable(doc.get(Fields.SPEAKER)),
            Optional.ofNullable(doc.get(Fields.ROLE)),
            Documents.citation(doc),
            doc.getField(Fields.START).numericValue().intValue(),
            doc.getField(Fields.END).numericValue().intValue(),
            Objects.requireNonNullElse(doc.get(Fields.SIEVE), "")),
        score);
  }

  @Override
  public List<SpeakerCount> speakers(String needle, int n) throws IOException {
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Fields.SPEAKER);
    if (terms == null) {
      return List.of();
    }
    List<SpeakerCount> counts = new ArrayList<>();
    TermsEnum each = terms.iterator();
    for (BytesRef term = each.next(); term != null; term = each.next()) {
      String name = term.utf8ToString();
      if (name.toLowerCase(java.util.Locale.ROOT).contains(needle)) {
        counts.add(new SpeakerCount(name, each.docFreq()));
      }
    }
    return counts.stream()
        .sorted(
            java.util.Comparator.comparingLong((SpeakerCount c) -> -c.quotations())
                .thenComparing(SpeakerCount::name))
        .limit(Math.max(0, n))
        .toList();
  }
}
