package io.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.answer.Ranker;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The ranker's weights are fitted to what predicts an answering excerpt")
final class RankerFitTest {
  private static final int D = Ranker.FEATURES.size();

  private static int feature(String name) {
    return IntStream.range(0, D)
        .filter(j -> Ranker.FEATURES.get(j).name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Questions whose answering excerpt is the one with the most of the question in its sentence;
   * every other feature is noise, except "no date", which is always 0.
   */
  private static List<RankerRows> questions(int signal, int constant) {
    Random random = new Random(42);
    List<RankerRows> out = new ArrayList<>();
    for (int q = 0; q < 300; q++) {
      int answering = random.nextInt(8);
      List<RankerRows.Row> rows = new ArrayList<>();
      for (int r = 0; r < 8; r++) {
        double[] x = new double[D];
        x[0] = 1;
        for (int j = 1; j < D; j++) {
          x[j] = random.nextDouble();
        }
        x[signal] = r == answering ? 0.8 + 0.2 * random.nextDouble() : 0.6 * random.nextDouble();
        x[constant] = 0;
        rows.add(new RankerRows.Row("a" + q + "-" + r, x, r == answering, r == answering));
      }
      out.add(new RankerRows("q" + q, rows));
    }
    return out;
  }

  @Test
  @DisplayName("the feature that tells answers apart gets the largest weight and ranks them first")
  void learnsTheSignal() {
    int signal = feature("question in the answering sentence");
    int constant = feature("no date");
    List<RankerRows> data = questions(signal, constant);
    double[] current = Ranker.FEATURES.stream().mapToDouble(Ranker.Feature::weight).toArray();

    double[] w = RankerFit.fit(data, current);
    RankerFit.Figures held = RankerFit.heldOut(data, current);

    for (int j = 1; j < D; j++) {
      if (j != signal && j != constant) {
        assertThat(Math.abs(w[j])).as(Ranker.FEATURES.get(j).name()).isLessThan(w[signal] / 4);
      }
    }
    assertThat(w[signal]).isPositive();
    assertThat(held.answerFirst()).isGreaterThan(0.95);
    assertThat(RankerFit.measure(data, new double[D]).answerFirst()).isLessThan(0.5);
  }

  @Test
  @DisplayName("a feature the data never varies keeps the weight it had")
  void constantFeatureKeepsItsWeight() {
    int signal = feature("question in the answering sentence");
    int constant = feature("no date");
    double[] current = Ranker.FEATURES.stream().mapToDouble(Ranker.Feature::weight).toArray();

    double[] w = RankerFit.fit(questions(signal, constant), current);

    assertThat(w[constant]).isEqualTo(current[constant]);
  }
}
