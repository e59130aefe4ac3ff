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
    Sentences sentences = new Sentences(passage, tokens, asked);
    int best = -1;
    double bestScore = 0;
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.weight(i) <= 0) {
        continue; // without the question's words a sentence scores 0: it never answers
      }
      Seen s = sentences.seen(i);
      if (s.notProse() != null) {
        continue;
      }
      double score =
          s.weight() * (s.evidence() ? 1.0 : NO_EVIDENCE) * (s.quote() ? QUOTE_BONUS : 1.0);
      if (best < 0 || score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best < 0) {
      return Pick.NONE;
    }
    int[] span = context(sentences, best);
    double window = 0;
    for (int i = span[0]; i <= span[1]; i++) {
      window += sentences.weight(i);
    }
    Seen answer = sentences.seen(best);
    return new Pick(
        sentences.seen(span[0]).start(),
        sentences.seen(span[1]).end(),
        bestScore,
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
  private static int[] context(Sentences sentences, int best) {
    Seen answer = sentences.seen(best);
    boolean before =
        best > 0
            && sentences.seen(best - 1).notProse() == null
            && answer.end() - sentences.seen(best - 1).start() <= MAX_EXCERPT;
    if (before && answer.anaphor()) {
      return new int[] {best - 1, best};
    }
    boolean after =
        best + 1 < sentences.size()
            && sentences.seen(best + 1).notProse() == null
            && sentences.seen(best + 1).end() - answer.start() <= MAX_EXCERPT;
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

  /**
   * The sentences of a passage, each with its share of the question's words; the rest of what the
   * picker sees in a sentence (rules, evidence, quotes) is read only for the sentences it asks
   * about: those with the question's words, and the neighbours of the answer.
   */
  private static final class Sentences {
    private final String passage;
    private final List<Sentence> sentences;
    private final double[] weights;
    private final Seen[] seen;
    private final Asked asked;

    Sentences(String passage, List<QuestionTerms.Token> tokens, Asked asked) {
      this.passage = passage;
      this.sentences = Sentence.of(passage);
      this.asked = asked;
      this.weights = new double[sentences.size()];
      this.seen = new Seen[sentences.size()];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = weight(sentences.get(i), tokens, asked.terms());
      }
    }

    int size() {
      return sentences.size();
    }

    double weight(int i) {
      return weights[i];
    }

    Seen seen(int i) {
      if (seen[i] == null) {
        Sentence s = sentences.get(i);
        String text = s.text(passage);
        seen[i] =
            new Seen(
                s.start(),
                s.end(),
                NotProse.of(passage, s).map(NotProse.Rule::name).orElse(null),
                weights[i],
                asked.type().isAnsweredBy(text, asked.words()),
                quotesSomeone(text),
                ANAPHOR.matcher(text).find());
      }
      return seen[i];
    }

    /** The sentence's share of the question's weighted words. */
    private static double weight(
        Sentence sentence, List<QuestionTerms.Token> tokens, QueryTerms terms) {
      Set<String> present = new HashSet<>();
      for (QuestionTerms.Token token : tokens) {
        if (token.start() >= sentence.start() && token.end() <= sentence.end()) {
          present.add(token.term());
        }
      }
      return present.isEmpty() ? 0 : terms.weight(present) / Math.max(1e-9, terms.total());
    }
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
