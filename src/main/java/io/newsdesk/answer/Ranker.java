package io.newsdesk.answer;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Orders the excerpts a question could show, best first: a weighted sum of named features of each
 * excerpt (where the search ranked its passage, how much of the question it holds, whether its
 * sentence holds the kind of thing asked for, how old its article is …). The weights are a logistic
 * regression fitted on the realtimeqa dev questions to predict "this excerpt holds the answer"; to
 * refit them after changing a feature, run {@code newsdesk eval ask … --features FILE} and then
 * {@code newsdesk eval fit-ranker FILE}, which prints this list with new weights and the figures
 * before and after, each measured on questions it was not fitted on.
 */
public final class Ranker {
  /** Where an article without a rank by words is put, for the rank features. */
  static final int LEXICAL_MISSING = PassageSearch.FIRST_ROUND;

  /** Where an article not found by meaning is put. */
  static final int MEANING_MISSING = SemanticSearch.ARTICLES;

  /**
   * What is known about one excerpt when ranking it.
   *
   * @param fusedRank its passage's place in the search's fused ranking, from 0
   * @param lexicalRank its passage's place among those found by words, -1 when not among them
   * @param meaningRank its article's place among those nearest in meaning, -1 when not among them
   * @param relativeScore its passage's search score divided by the best one's
   * @param coverage share of the question's weighted words in the passage and its title
   * @param answerWords share of the question's weighted words in the excerpt's answering sentence
   * @param evidence whether that sentence holds something of the kind asked for
   * @param quote whether that sentence quotes someone
   * @param windowWords the summed shares of the excerpt's sentences
   * @param ageDays days from publication to the day asked, -1 when the article has no date
   * @param inPeriod the question names days and the article was published in them
   * @param outsidePeriod the question names days and the article was published outside them
   * @param asksLatest the question asks for the newest news ("the latest …")
   * @param start where the passage starts in its article (characters)
   * @param titleShare share of the question's words in the article's title
   * @param excerptShare share of the question's words in the excerpt
   */
  public record Signals(
      int fusedRank,
      int lexicalRank,
      int meaningRank,
      double relativeScore,
      double coverage,
      double answerWords,
      boolean evidence,
      boolean quote,
      double windowWords,
      long ageDays,
      boolean inPeriod,
      boolean outsidePeriod,
      boolean asksLatest,
      int start,
      double titleShare,
      double excerptShare) {}

  /**
   * One named feature and its weight.
   *
   * @param fitted whether {@code eval fit-ranker} fits the weight; a feature the evaluation data
   *     hardly exercises (no article without a date, few questions naming a month) keeps a weight
   *     set by hand
   */
  public record Feature(
      String name, double weight, boolean fitted, ToDoubleFunction<Signals> value) {
    Feature(String name, double weight, ToDoubleFunction<Signals> value) {
      this(name, weight, true, value);
    }
  }

  /** The features, in a fixed order (the order of the fitted weights). */
  public static final List<Feature> FEATURES =
      List.of(
          new Feature("bias", -2.46, s -> 1),
          new Feature("fused rank (log)", 0.15, s -> Math.log1p(s.fusedRank())),
          new Feature(
              "rank by words (log)",
              -0.22,
              s -> Math.log1p(s.lexicalRank() < 0 ? LEXICAL_MISSING : s.lexicalRank())),
          new Feature("not found by words", 0.47, s -> s.lexicalRank() < 0 ? 1 : 0),
          new Feature(
              "rank by meaning (log)",
              -0.20,
              s -> Math.log1p(s.meaningRank() < 0 ? MEANING_MISSING : s.meaningRank())),
          new Feature("not found by meaning", -0.27, s -> s.meaningRank() < 0 ? 1 : 0),
          new Feature("score relative to the best", 0.53, Signals::relativeScore),
          new Feature("question covered by passage and title", 0.74, Signals::coverage),
          new Feature("question in the answering sentence", 0.19, Signals::answerWords),
          new Feature("answering sentence holds the kind asked for", 0.98, s -> flag(s.evidence())),
          new Feature("answering sentence quotes someone", -0.23, s -> flag(s.quote())),
          new Feature("question in the excerpt's sentences", 0.48, Signals::windowWords),
          new Feature(
              "age in days (log)", -0.15, s -> s.ageDays() < 0 ? 0 : Math.log1p(s.ageDays())),
          new Feature("no date", -0.45, false, s -> s.ageDays() < 0 ? 1 : 0),
          new Feature("published in the week asked", 0.09, s -> flag(within(s, 7))),
          new Feature("published in the days named", 0.40, false, s -> flag(s.inPeriod())),
          new Feature(
              "published outside the days named", -0.40, false, s -> flag(s.outsidePeriod())),
          new Feature(
              "age when the latest is asked (log)",
              -0.3,
              false,
              s -> s.asksLatest() && s.ageDays() >= 0 ? Math.log1p(s.ageDays()) : 0),
          new Feature("position in the article (log)", -0.06, s -> Math.log1p(s.start())),
          new Feature("question in the title", -0.98, Signals::titleShare),
          new Feature("question in the excerpt", 0.95, Signals::excerptShare));

  private Ranker() {}

  /** The feature values of an excerpt, in {@link #FEATURES} order. */
  public static double[] values(Signals signals) {
    double[] x = new double[FEATURES.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = FEATURES.get(i).value().applyAsDouble(signals);
    }
    return x;
  }

  /** The excerpt's score: the log-odds that it holds the answer. */
  static double score(Signals signals) {
    double sum = 0;
    for (Feature f : FEATURES) {
      sum += f.weight() * f.value().applyAsDouble(signals);
    }
    return sum;
  }

  private static boolean within(Signals s, int days) {
    return s.ageDays() >= 0 && s.ageDays() <= days;
  }

  private static double flag(boolean b) {
    return b ? 1 : 0;
  }
}
