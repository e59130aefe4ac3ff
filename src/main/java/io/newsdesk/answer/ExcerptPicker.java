package io.newsdesk.answer;

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
  static final int SHORT_SENTENCE = (int) Knobs.get("short", 160);
  static final int MAX_EXCERPT = (int) Knobs.get("maxexcerpt", 420);

  /** A sentence that quotes someone is what a reader of the news wants to see first. */
  static final double QUOTE_BONUS = Knobs.get("quote", 1.15);

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
    int start = sentences.get(best)[0];
    int end = sentences.get(best)[1];
    if (end - start < SHORT_SENTENCE) {
      int next = best + 1;
      int previous = best - 1;
      boolean takeNext =
          next < sentences.size()
              && (previous < 0 || weights[next] >= weights[previous])
              && sentences.get(next)[1] - start <= MAX_EXCERPT;
      if (takeNext) {
        end = sentences.get(next)[1];
      } else if (previous >= 0 && end - sentences.get(previous)[0] <= MAX_EXCERPT) {
        start = sentences.get(previous)[0];
      }
    }
    return new Pick(start, end, weights[best]);
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

  /** Sentence spans of a text, trimmed of surrounding whitespace. */
  static List<int[]> sentences(String text) {
    BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    iterator.setText(text);
    List<int[]> spans = new ArrayList<>();
    int from = iterator.first();
    for (int to = iterator.next(); to != BreakIterator.DONE; from = to, to = iterator.next()) {
      int s = from;
      int e = to;
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
    if (spans.isEmpty()) {
      spans.add(new int[] {0, text.length()});
    }
    return spans;
  }
}
