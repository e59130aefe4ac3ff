package io.newsdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The baseline a question is measured against: BM25 over the passages of a {@link BareIndex}, the
 * question's analysed words as one OR query (only passages published on or before its date), the
 * top {@code hits} passages, and of each the two sentences that share the most of those words. Not
 * thread-safe: it reuses one sentence splitter.
 */
final class BareAnswers {
  /** A hit: the article it cites and its best sentences, in the order the passage has them. */
  record BareExcerpt(String articleId, String title, String text) {}

  private final IndexSearcher searcher;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final BestSentences sentences = new BestSentences(analyzer, BareIndex.TEXT);
  private final int hits;

  BareAnswers(BareIndex index, int hits) {
    this.searcher = new IndexSearcher(index.reader());
    this.hits = hits;
  }

  List<BareExcerpt> answer(String question, Optional<LocalDate> asOf) {
    Set<String> terms = terms(question);
    if (terms.isEmpty()) {
      return List.of();
    }
    try {
      TopDocs top = searcher.search(query(terms, asOf), hits);
      List<BareExcerpt> excerpts = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc hit : top.scoreDocs) {
        Document doc = searcher.storedFields().document(hit.doc);
        String best = sentences.best(doc.get(BareIndex.TEXT), terms, 2);
        excerpts.add(
            new BareExcerpt(doc.get(BareIndex.ARTICLE_ID), doc.get(BareIndex.TITLE), best));
      }
      return excerpts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reply a user would read: each hit's title and its sentences. */
  static String reply(List<BareExcerpt> excerpts) {
    StringBuilder out = new StringBuilder();
    for (BareExcerpt e : excerpts) {
      out.append("**").append(e.title()).append("**\n> ").append(e.text()).append("\n\n");
    }
    return out.toString();
  }

  private static Query query(Set<String> terms, Optional<LocalDate> asOf) {
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    for (String term : terms) {
      words.add(new TermQuery(new Term(BareIndex.TEXT, term)), BooleanClause.Occur.SHOULD);
    }
    if (asOf.isEmpty()) {
      return words.build();
    }
    return new BooleanQuery.Builder()
        .add(words.build(), BooleanClause.Occur.MUST)
        .add(
            LongPoint.newRangeQuery(BareIndex.PUBLISHED, Long.MIN_VALUE, asOf.get().toEpochDay()),
            BooleanClause.Occur.FILTER)
        .build();
  }

  private Set<String> terms(String question) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream(BareIndex.TEXT, question)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
