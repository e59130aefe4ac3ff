package io.newsdesk.whosaid;

import io.newsdesk.answer.QuestionTerms;
import io.newsdesk.index.Fields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * A phrase as the quote fields see it: every lower-cased word (for exact wording) with its stem
 * (for other forms of the same word). Quote marks, brackets and query syntax are just dropped.
 *
 * @param stems the stem of each word, or "" for a word the stemmer drops (a stop word)
 */
record PhraseWords(List<String> words, List<String> stems) {
  /** Words beyond this are not needed to recognise a quotation. */
  static final int MAX_WORDS = 64;

  static PhraseWords of(Analyzer analyzer, String phrase) {
    List<String> words = new ArrayList<>();
    List<String> stems = new ArrayList<>();
    for (QuestionTerms.Token t : QuestionTerms.tokens(analyzer, Fields.QUOTE_WORDS, phrase)) {
      if (words.size() == MAX_WORDS) {
        break;
      }
      words.add(t.term());
      List<QuestionTerms.Token> stem = QuestionTerms.tokens(analyzer, Fields.QUOTE_STEMS, t.term());
      stems.add(stem.size() == 1 ? stem.get(0).term() : "");
    }
    return new PhraseWords(List.copyOf(words), List.copyOf(stems));
  }

  /**
   * All the words of a quotation with their stems, from one pass of each analyzer: both split the
   * text alike, so a stem has its word's position (a stop word leaves a gap).
   */
  static PhraseWords ofQuotation(Analyzer analyzer, String text) {
    List<String> words =
        QuestionTerms.tokens(analyzer, Fields.QUOTE_WORDS, text).stream()
            .map(QuestionTerms.Token::term)
            .toList();
    String[] stems = new String[words.size()];
    Arrays.fill(stems, "");
    for (QuestionTerms.Token t : QuestionTerms.tokens(analyzer, Fields.QUOTE_STEMS, text)) {
      if (t.position() < stems.length) {
        stems[t.position()] = t.term();
      }
    }
    return new PhraseWords(words, List.of(stems));
  }

  boolean isEmpty() {
    return words.isEmpty();
  }

  /** How many of the words carry meaning: those with a stem, as stop words have none. */
  int contentWords() {
    return (int) stems.stream().filter(s -> !s.isEmpty()).count();
  }

  /**
   * The share of the phrase's words that a text holds, a word counting when the text has the same
   * word or another form of it ("deploy" for "deployed").
   */
  double coverage(Analyzer analyzer, String text) {
    if (words.isEmpty()) {
      return 0;
    }
    Set<String> textWords = new HashSet<>();
    QuestionTerms.tokens(analyzer, Fields.QUOTE_WORDS, text).forEach(t -> textWords.add(t.term()));
    Set<String> textStems = new HashSet<>();
    QuestionTerms.tokens(analyzer, Fields.QUOTE_STEMS, text).forEach(t -> textStems.add(t.term()));
    int found = 0;
    for (int i = 0; i < words.size(); i++) {
      String stem = stems.get(i);
      if (textWords.contains(words.get(i)) || (!stem.isEmpty() && textStems.contains(stem))) {
        found++;
      }
    }
    return found / (double) words.size();
  }

  /** The share of the words marked in {@code found}. */
  double share(boolean[] found) {
    double[] equal = new double[found.length];
    Arrays.fill(equal, 1);
    return share(found, equal);
  }

  /** The share of the weight of all words that the words marked in {@code found} carry. */
  static double share(boolean[] found, double[] weights) {
    double all = 0;
    double hits = 0;
    for (int i = 0; i < found.length; i++) {
      all += weights[i];
      hits += found[i] ? weights[i] : 0;
    }
    return all == 0 ? 0 : hits / all;
  }
}
