package io.newsdesk.eval;

import io.newsdesk.answer.Ranker;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fits the answer ranker's weights: a logistic regression, on standardised features with an L2
 * penalty, of "this excerpt holds a gold answer". Its figures are measured by two-fold
 * cross-validation (fitted on the odd questions, measured on the even ones, and the other way
 * round), so they say how the weights do on questions they were not fitted on.
 */
public final class RankerFit {
  static final double L2 = 1.0;
  static final int ROUNDS = 600;
  static final double STEP = 0.5;
  static final int K = 3;

  private RankerFit() {}

  /** What a ranking gives, as {@code eval ask} would count it (before near-duplicates). */
  record Figures(double answerAtK, double answerFirst, double citeAt1, double citeAtK) {
    String line() {
      return String.format(
          Locale.ROOT,
          "answer@%d=%.3f answer@1=%.3f cite@1=%.3f cite@%d=%.3f",
          K,
          answerAtK,
          answerFirst,
          citeAt1,
          K,
          citeAtK);
    }
  }

  public static List<RankerRows> read(Path file) throws IOException {
    return JsonLines.read(file, RankerRows.class);
  }

  /**
   * Prints the figures of the current weights, of refitted ones (held out), and the refitted
   * weights; with {@code ablation}, also the held-out figures of a ranker fitted without each
   * feature in turn, which says what each one adds.
   */
  public static void report(List<RankerRows> questions, PrintStream out, boolean ablation) {
    double[] current = Ranker.FEATURES.stream().mapToDouble(Ranker.Feature::weight).toArray();
    out.println("questions: " + questions.size());
    out.println("current weights:          " + measure(questions, current).line());
    Figures held = heldOut(questions, current);
    out.println("refitted (held out):      " + held.line());
    double[] w = fit(questions, current);
    for (int j = 0; j < w.length; j++) {
      out.printf(Locale.ROOT, "%8.4f  %s%n", w[j], Ranker.FEATURES.get(j).name());
    }
    if (ablation) {
      for (int j = 1; j < w.length; j++) {
        double[] zero = current.clone();
        zero[j] = 0;
        Figures without = heldOut(without(questions, j), zero);
        out.printf(
            Locale.ROOT,
            "without %-45s %s (answer@%d %+.3f)%n",
            Ranker.FEATURES.get(j).name() + ":",
            without.line(),
            K,
            without.answerAtK() - held.answerAtK());
      }
    }
  }

  /** Fitted on the odd questions and measured on the even ones, and the other way round. */
  static Figures heldOut(List<RankerRows> questions, double[] current) {
    List<RankerRows> odd = new ArrayList<>();
    List<RankerRows> even = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      (i % 2 == 0 ? even : odd).add(questions.get(i));
    }
    Figures a = measure(even, fit(odd, current));
    Figures b = measure(odd, fit(even, current));
    return new Figures(
        mean(a.answerAtK(), b.answerAtK(), even.size(), odd.size()),
        mean(a.answerFirst(), b.answerFirst(), even.size(), odd.size()),
        mean(a.citeAt1(), b.citeAt1(), even.size(), odd.size()),
        mean(a.citeAtK(), b.citeAtK(), even.size(), odd.size()));
  }

  /** The rows with feature {@code j} set to 0 everywhere: as if the ranker did not have it. */
  private static List<RankerRows> without(List<RankerRows> questions, int j) {
    return questions.stream()
        .map(
            q ->
                new RankerRows(
                    q.id(),
                    q.rows().stream()
                        .map(
                            r -> {
                              double[] x = r.x().clone();
                              x[j] = 0;
                              return new RankerRows.Row(r.article(), x, r.answers(), r.relevant());
                            })
                        .toList()))
        .toList();
  }

  /**
   * Weights for the raw features (standardisation folded back in). A feature set by hand, or one
   * that never varies in the data (no article without a date, say), keeps its {@code current}
   * weight, which takes part in the fit as it is.
   */
  static double[] fit(List<RankerRows> questions, double[] current) {
    List<double[]> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (RankerRows q : questions) {
      for (RankerRows.Row row : q.rows()) {
        xs.add(row.x());
        ys.add(row.answers());
      }
    }
    int n = xs.size();
    int d = Ranker.FEATURES.size();
    if (n == 0) {
      return new double[d];
    }
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (double[] x : xs) {
      for (int j = 0; j < d; j++) {
        mean[j] += x[j] / n;
      }
    }
    for (double[] x : xs) {
      for (int j = 0; j < d; j++) {
        sd[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / n;
      }
    }
    boolean[] fixed = new boolean[d];
    for (int j = 0; j < d; j++) {
      sd[j] = Math.sqrt(sd[j]);
      fixed[j] = j > 0 && (sd[j] < 1e-9 || !Ranker.FEATURES.get(j).fitted());
      if (sd[j] < 1e-9) { // a constant: the bias, or a feature this data never varies
        sd[j] = 1;
      }
    }
    mean[0] = 0; // the bias stays the intercept
    double[] w = new double[d];
    double[] z = new double[d];
    for (int round = 0; round < ROUNDS; round++) {
      double[] grad = new double[d];
      for (int i = 0; i < n; i++) {
        double[] x = xs.get(i);
        double dot = 0;
        for (int j = 0; j < d; j++) {
          z[j] = fixed[j] ? 0 : (x[j] - mean[j]) / sd[j];
          dot += fixed[j] ? current[j] * x[j] : w[j] * z[j];
        }
        double err = 1 / (1 + Math.exp(-dot)) - (ys.get(i) ? 1 : 0);
        for (int j = 0; j < d; j++) {
          grad[j] += err * z[j];
        }
      }
      for (int j = 0; j < d; j++) {
        w[j] -= fixed[j] ? 0 : STEP * (grad[j] + L2 * w[j]) / n;
      }
    }
    double[] raw = new double[d]; // feature 0 is the constant bias, which takes up the means
    for (int j = 0; j < d; j++) {
      raw[j] = fixed[j] ? current[j] : w[j] / sd[j];
      raw[0] -= fixed[j] ? 0 : w[j] / sd[j] * mean[j];
    }
    return raw;
  }

  /** The figures of ranking each question's excerpts by {@code w}, at most one per article. */
  static Figures measure(List<RankerRows> questions, double[] w) {
    int answered = 0;
    int first = 0;
    int cited1 = 0;
    int cited = 0;
    for (RankerRows q : questions) {
      List<RankerRows.Row> order = new ArrayList<>(q.rows());
      order.sort(Comparator.comparingDouble((RankerRows.Row r) -> -dot(w, r.x())));
      Set<String> seen = new HashSet<>();
      List<RankerRows.Row> chosen = new ArrayList<>();
      for (RankerRows.Row row : order) {
        if (chosen.size() < K && seen.add(row.article())) {
          chosen.add(row);
        }
      }
      answered += chosen.stream().anyMatch(RankerRows.Row::answers) ? 1 : 0;
      first += !chosen.isEmpty() && chosen.get(0).answers() ? 1 : 0;
      cited1 += !chosen.isEmpty() && chosen.get(0).relevant() ? 1 : 0;
      cited += chosen.stream().anyMatch(RankerRows.Row::relevant) ? 1 : 0;
    }
    double n = Math.max(1, questions.size());
    return new Figures(answered / n, first / n, cited1 / n, cited / n);
  }

  private static double dot(double[] w, double[] x) {
    double sum = 0;
    for (int j = 0; j < w.length; j++) {
      sum += w[j] * x[j];
    }
    return sum;
  }

  private static double mean(double a, double b, int na, int nb) {
    return (a * na + b * nb) / Math.max(1, na + nb);
  }
}
