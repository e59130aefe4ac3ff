package io.newsdesk.whosaid;

import io.newsdesk.answer.QuestionTerms;
import io.newsdesk.index.Fields;
import io.newsdesk.index.NewsIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Quotations by speaker, and what autocomplete offers while a user types. */
final class SpeakerQuotes {

  /** First words of speakers the article only describes: "Another commenter", "One man". */
  private static final Set<String> UNNAMED_OPENINGS =
      Set.of(
          "a", "an", "another", "one", "some", "other", "others", "the", "this", "that", "these",
          "those", "several", "many", "two", "three", "four", "five", "second", "third", "fourth");

  /** A quotation of fewer words is a fragment ("realistic"), not worth listing on its own. */
  static final int MIN_WORDS = 3;

  private SpeakerQuotes() {}

  static List<QuoteRecord> quotesBy(NewsIndex index, String speaker, int limit) {
    List<String> names = words(index, Fields.SPEAKER_WORDS, speaker == null ? "" : speaker);
    if (names.isEmpty() || limit < 1) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    names.stream()
        .limit(8)
        .forEach(w -> query.add(new TermQuery(new Term(Fields.SPEAKER_WORDS, w)), Occur.FILTER));
    return index.withSearcher(s -> distinct(s, query.build(), newestFirst(), limit));
  }

  static List<QuoteRecord> suggestQuotes(NewsIndex index, String typed, int limit) {
    String text = typed == null ? "" : typed.length() > 200 ? typed.substring(0, 200) : typed;
    List<String> words = words(index, Fields.QUOTE_WORDS, text);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(new TermQuery(new Term(Fields.KIND, Fields.KIND_QUOTE)), Occur.FILTER);
    boolean open = !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1));
    for (int i = 0; i < words.size() && i < 16; i++) {
      boolean last = i == words.size() - 1;
      Term term = new Term(Fields.QUOTE_WORDS, words.get(i));
      Query clause = last && open ? new PrefixQuery(term) : new TermQuery(term);
      query.add(clause, Occur.MUST);
    }
    Sort order = words.isEmpty() ? newestFirst() : Sort.RELEVANCE;
    return index.withSearcher(s -> distinct(s, query.build(), order, limit));
  }

  /** Speaker names that contain what was typed, most quoted first. */
  static List<String> suggestSpeakers(NewsIndex index, String typed, int limit) {
    String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    return index.withSearcher(s -> speakers(s.getIndexReader(), needle, limit));
  }

  private static List<String> speakers(IndexReader reader, String needle, int limit)
      throws IOException {
    Terms terms = MultiTerms.getTerms(reader, Fields.SPEAKER);
    if (terms == null) {
      return List.of();
    }
    Map<String, Integer> counts = new HashMap<>();
    TermsEnum each = terms.iterator();
    for (BytesRef term = each.next(); term != null; term = each.next()) {
      String name = term.utf8ToString();
      if (isNamed(name) && name.toLowerCase(Locale.ROOT).contains(needle)) {
        counts.put(name, each.docFreq());
      }
    }
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(Math.max(0, limit))
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * Whether a speaker is someone a user could look up by name: "Mark Rutte", "@janedoe", not an
   * unnamed "a spokesman" or "Another commenter" that the article only describes.
   */
  static boolean isNamed(String speaker) {
    if (speaker.isEmpty()) {
      return false;
    }
    char first = speaker.charAt(0);
    String firstWord = speaker.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    return (Character.isUpperCase(first) || first == '@') && !UNNAMED_OPENINGS.contains(firstWord);
  }

  private static List<QuoteRecord> distinct(
      IndexSearcher searcher, Query query, Sort sort, int limit) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<QuoteRecord> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ScoreDoc hit : searcher.search(query, Math.max(1, limit) * 4 + 20, sort).scoreDocs) {
      QuoteRecord quote = WhoSaidService.record(stored.document(hit.doc));
      String key = quote.text().toLowerCase(Locale.ROOT);
      if (quote.text().split("\\s+").length >= MIN_WORDS && seen.add(key)) {
        out.add(quote);
        if (out.size() == limit) {
          break;
        }
      }
    }
    return out;
  }

  private static Sort newestFirst() {
    SortField byDay = new SortField(Fields.PUBLISHED, SortField.Type.LONG, true);
    byDay.setMissingValue(Long.MIN_VALUE);
    return new Sort(byDay, SortField.FIELD_SCORE);
  }

  private static List<String> words(NewsIndex index, String field, String text) {
    return QuestionTerms.tokens(index.analyzer(), field, text).stream()
        .map(QuestionTerms.Token::term)
        .toList();
  }
}
