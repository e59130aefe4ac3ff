package io.newsdesk.whosaid;

import io.newsdesk.answer.QuestionTerms;
import io.newsdesk.index.Fields;
import io.newsdesk.search.FoundQuote;
import io.newsdesk.search.QuoteQuery;
import io.newsdesk.search.QuoteQuery.Clause;
import io.newsdesk.search.QuoteQuery.Occur;
import io.newsdesk.search.QuoteQuery.Term;
import io.newsdesk.search.QuoteRecord;
import io.newsdesk.search.SearchBackend;
import io.newsdesk.search.Snapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

  static List<QuoteRecord> quotesBy(SearchBackend index, String speaker, int limit) {
    List<String> names = words(index, Fields.SPEAKER_WORDS, speaker == null ? "" : speaker);
    if (names.isEmpty() || limit < 1) {
      return List.of();
    }
    List<Clause> clauses =
        names.stream()
            .limit(8)
            .map(w -> Clause.of(Occur.FILTER, Term.of(Fields.SPEAKER_WORDS, w)))
            .toList();
    return index.read(s -> distinct(s, new QuoteQuery(clauses, 0, true), limit));
  }

  static List<QuoteRecord> suggestQuotes(SearchBackend index, String typed, int limit) {
    String text = typed == null ? "" : typed.length() > 200 ? typed.substring(0, 200) : typed;
    List<String> words = words(index, Fields.QUOTE_WORDS, text);
    boolean open = !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1));
    List<Clause> clauses = new ArrayList<>();
    for (int i = 0; i < words.size() && i < 16; i++) {
      boolean last = i == words.size() - 1;
      clauses.add(Clause.of(Occur.MUST, new Term(Fields.QUOTE_WORDS, words.get(i), last && open)));
    }
    QuoteQuery query = new QuoteQuery(clauses, 0, words.isEmpty());
    return index.read(s -> distinct(s, query, limit));
  }

  /** Speaker names that contain what was typed, most quoted first. */
  static List<String> suggestSpeakers(SearchBackend index, String typed, int limit) {
    String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    if (limit < 1) {
      return List.of();
    }
    // Unnamed speakers ("a spokesman") are left out after counting: ask for more than needed.
    List<Snapshot.SpeakerCount> counts = index.read(s -> s.speakers(needle, limit * 4 + 50));
    return counts.stream()
        .map(Snapshot.SpeakerCount::name)
        .filter(SpeakerQuotes::isNamed)
        .limit(limit)
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

  private static List<QuoteRecord> distinct(Snapshot snapshot, QuoteQuery query, int limit)
      throws java.io.IOException {
    List<QuoteRecord> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (FoundQuote hit : snapshot.findQuotes(query, Math.max(1, limit) * 4 + 20)) {
      QuoteRecord quote = hit.quote();
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

  private static List<String> words(SearchBackend index, String field, String text) {
    return QuestionTerms.tokens(index.analyzer(), field, text).stream()
        .map(QuestionTerms.Token::term)
        .toList();
  }
}
