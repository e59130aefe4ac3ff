package io.newsdesk.answer;

import io.newsdesk.ingest.Article;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses the best sentence of a passage for a question, and its neighbour when the sentence alone
 * is short, so an excerpt reads on its own. The result is whole sentences, cut from the passage
 * exactly, never rewritten.
 */
final class ExcerptPicker {
  static final int SHORT_SENTENCE = 400;
  static final int MAX_EXCERPT = 600;

  /** A sentence that quotes someone is what a reader of the news wants to see first. */
  static final double QUOTE_BONUS = 1.3;

  private static final int QUOTE_MIN_SPACES = 3;

  private ExcerptPicker() {}

  /** A chosen span of a passage [start, end), with the share of the question it covers. */
  record Pick(int start, int end, double weight) {}

  static Pick pick(String passage, List<QuestionTerms.Token> tokens, QueryTerms query) {
    List<int[]> sentences = sentences(passage);
    double[] weights = new double[sentences.size()];
    int best = 0;
    for (int i = 0; i < sentences.size(); i++) {
      int[] s = sentences.get(i);
      Set<String> terms = new HashSet<>();
      for (QuestionTerms.Token token : tokens) {
        if (token.start() >= s[0] && token.end() <= s[1]) {
          terms.add(token.term());
        }
      }
      weights[i] = query.weight(terms) * (quotesSomeone(passage, s) ? QUOTE_BONUS : 1.0);
      if (weights[i] > weights[best]) {
        best = i;
      }
    }
    int first = best;
    int last = best;
    while (sentences.get(last)[1] - sentences.get(first)[0] < SHORT_SENTENCE) {
      int start = sentences.get(first)[0];
      int end = sentences.get(last)[1];
      boolean canNext =
          last + 1 < sentences.size()
              && sentences.get(last + 1)[1] - start <= MAX_EXCERPT
              && isProse(passage, sentences.get(last + 1));
      boolean canPrevious =
          first > 0
              && end - sentences.get(first - 1)[0] <= MAX_EXCERPT
              && isProse(passage, sentences.get(first - 1));
      if (canNext && (!canPrevious || weights[last + 1] >= weights[first - 1])) {
        last++;
      } else if (canPrevious) {
        first--;
      } else {
        break;
      }
    }
    int start = sentences.get(first)[0];
    int end = sentences.get(last)[1];
    return new Pick(start, end, weights[best]);
  }

  /**
   * Context is not taken from the signature line of an embedded post, which says nothing by itself;
   * headlines stay, as they often carry the news in a few words.
   */
  private static boolean isProse(String passage, int[] sentence) {
    char first = passage.charAt(sentence[0]);
    // not "— Name (@handle) date" under an embedded post
    return first != '—' && first != '–' && first != '―';
  }

  /** Whether the sentence holds a quotation of at least a few words between quote marks. */
  private static boolean quotesSomeone(String passage, int[] sentence) {
    int open = -1;
    int spaces = 0;
    for (int i = sentence[0]; i < sentence[1]; i++) {
      char c = passage.charAt(i);
      if (open < 0 && (c == '“' || c == '"')) {
        open = i;
        spaces = 0;
      } else if (open >= 0 && (c == '”' || c == '"')) {
        if (spaces >= QUOTE_MIN_SPACES) {
          return true;
        }
        open = -1;
      } else if (open >= 0 && c == ' ') {
        spaces++;
      }
    }
    return false;
  }

  /** Sentence spans of a text, trimmed; a paragraph break always ends a sentence. */
  static List<int[]> sentences(String text) {
    List<int[]> spans = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int brk = text.indexOf(Article.PARAGRAPH_BREAK, from);
      int to = brk < 0 ? text.length() : brk;
      addSentences(text, from, to, spans);
      if (brk < 0) {
        break;
      }
      from = brk + Article.PARAGRAPH_BREAK.length();
    }
    if (spans.isEmpty()) {
      spans.add(new int[] {0, text.length()});
    }
    return spans;
  }

  private static void addSentences(String text, int from, int to, List<int[]> spans) {
    BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    iterator.setText(text.substring(from, to));
    int start = iterator.first();
    for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
      int s = from + start;
      int e = from + end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        spans.add(new int[] {s, e});
      }
    }
  }
}
