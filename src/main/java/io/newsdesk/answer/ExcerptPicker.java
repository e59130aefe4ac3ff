package io.newsdesk.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses the sentence of a passage that answers a question, and only the context it needs: the
 * sentence before it when it starts with "He", "It", "This" … (else the reader would not know who
 * or what), otherwise the sentence after it when it fits. The result is one or two whole sentences,
 * cut from the passage exactly, never rewritten; headings, captions, bylines and the chrome of
 * embedded posts are never chosen ({@link NotProse}).
 *
 * <p>A sentence answers when it holds the question's words (weighted by how rare they are) and
 * something of the kind the question asks for ({@link QuestionType}): a sentence that only restates
 * the question is worth less than one that also holds a number, a name or a date.
 */
final class ExcerptPicker {
  /** Longest excerpt the context steps may make. */
  static final int MAX_EXCERPT = 350;

  /** What a sentence with the question's words but nothing of the asked kind is worth. */
  static final double NO_EVIDENCE = 0.4;

  /** A sentence that quotes someone is a little more worth showing. */
  static final double QUOTE_BONUS = 1.1;

  private static final Pattern ANAPHOR =
      Pattern.compile(
          "^(He|She|It|They|This|That|These|Those|His|Her|Its|Their|There|But|However|Still|Yet|"
              + "Also|And|So|Such|The (move|decision|plan|deal|measure|bill|order|ruling|change|"
              + "announcement|agreement|report|study|survey|move|company|group|agency|official|"
              + "officials|statement))\\b");
  private static final int QUOTE_MIN_SPACES = 3;
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private ExcerptPicker() {}

  /**
   * A chosen span of a passage [start, end), and how well its best sentence answers.
   *
   * @param weight the answering sentence's score (its share of the question's weighted words, less
   *     when it holds nothing of the kind asked for)
   * @param words the answering sentence's share of the question's weighted words
   * @param evidence whether the answering sentence holds something of the kind asked for
   * @param quote whether the answering sentence quotes someone
   * @param windowWords the summed shares of the chosen sentences
   */
  record Pick(
      int start,
      int end,
      double weight,
      double words,
      boolean evidence,
      boolean quote,
      double windowWords) {
    static final Pick NONE = new Pick(0, 0, 0, 0, false, false, 0);
  }

  /** What the question asks: its weighted terms, the kind of answer, and its own words. */
  record Asked(QueryTerms terms, QuestionType type, Set<String> words) {
    static Asked of(String question, QueryTerms terms) {
      Set<String> words = new HashSet<>();
      for (String w : NOT_WORD.split(question.toLowerCase(Locale.ROOT))) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
      return new Asked(terms, QuestionType.of(question), words);
    }
  }

  static Pick pick(String passage, List<QuestionTerms.Token> tokens, Asked asked) {
    List<Seen> seen = seen(passage, tokens, asked);
    boolean[] prose = new boolean[seen.size()];
    double[] scores = new double[seen.size()];
    int best = -1;
    for (int i = 0; i < seen.size(); i++) {
      Seen s = seen.get(i);
      prose[i] = s.notProse() == null;
      if (!prose[i]) {
        continue;
      }
      scores[i] = s.weight() * (s.evidence() ? 1.0 : NO_EVIDENCE) * (s.quote() ? QUOTE_BONUS : 1.0);
      if (best < 0 || scores[i] > scores[best]) {
        best = i;
      }
    }
    if (best < 0 || scores[best] <= 0) {
      return Pick.NONE;
    }
    int[] span = context(seen, prose, best);
    double window = 0;
    for (int i = span[0]; i <= span[1]; i++) {
      window += seen.get(i).weight();
    }
    Seen answer = seen.get(best);
    return new Pick(
        seen.get(span[0]).start(),
        seen.get(span[1]).end(),
        scores[best],
        answer.weight(),
        answer.evidence(),
        answer.quote(),
        window);
  }

  /**
   * The sentences around the answer that go with it, so that the answer leads: the one before only
   * when the answer starts with "He", "It", "This" … (else the reader would not know who or what),
   * else the one after when both fit in {@link #MAX_EXCERPT}: what the answer led to, or its
   * source, is usually there.
   */
  private static int[] context(List<Seen> sentences, boolean[] prose, int best) {
    Seen answer = sentences.get(best);
    boolean before =
        best > 0
            && prose[best - 1]
            && answer.end() - sentences.get(best - 1).start() <= MAX_EXCERPT;
    if (before && answer.anaphor()) {
      return new int[] {best - 1, best};
    }
    boolean after =
        best + 1 < sentences.size()
            && prose[best + 1]
            && sentences.get(best + 1).end() - answer.start() <= MAX_EXCERPT;
    return new int[] {best, after ? best + 1 : best};
  }

  /** What the picker sees in one sentence: for explaining a choice, and for tuning it. */
  record Seen(
      int start,
      int end,
      String notProse,
      double weight,
      boolean evidence,
      boolean quote,
      boolean anaphor) {}

  static List<Seen> seen(String passage, List<QuestionTerms.Token> tokens, Asked asked) {
    List<Seen> out = new java.util.ArrayList<>();
    for (Sentence s : Sentence.of(passage)) {
      String text = s.text(passage);
      Set<String> terms = new HashSet<>();
      for (QuestionTerms.Token token : tokens) {
        if (token.start() >= s.start() && token.end() <= s.end()) {
          terms.add(token.term());
        }
      }
      out.add(
          new Seen(
              s.start(),
              s.end(),
              NotProse.of(passage, s).map(NotProse.Rule::name).orElse(null),
              asked.terms().weight(terms) / Math.max(1e-9, asked.terms().total()),
              asked.type().isAnsweredBy(text, asked.words()),
              quotesSomeone(text),
              ANAPHOR.matcher(text).find()));
    }
    return out;
  }

  /** Whether the sentence holds a quotation of at least a few words between quote marks. */
  private static boolean quotesSomeone(String sentence) {
    int open = -1;
    int spaces = 0;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
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
}
