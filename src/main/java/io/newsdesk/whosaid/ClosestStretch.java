package io.newsdesk.whosaid;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which of a phrase's words a quotation holds within one stretch of it little longer than the
 * phrase. A long quotation holds most common words somewhere ("I", "know", "what", "going"); a
 * reworded phrase is still one short part of what was said, its words close together.
 */
final class ClosestStretch {
  /** A stretch is the phrase's length and half as many words again, but at least this many more. */
  static final int MIN_SLACK = 3;

  private ClosestStretch() {}

  /**
   * The words found in the stretch that holds most of them (then most of their weight).
   *
   * @param alternatives the synonyms of a stem, which count as the word
   * @param weights what each word of the phrase weighs
   */
  static boolean[] found(
      PhraseWords phrase,
      PhraseWords quotation,
      Function<String, Set<String>> alternatives,
      double[] weights) {
    List<int[]> places = places(phrase, quotation, alternatives);
    int length = phrase.words().size() + Math.max(MIN_SLACK, phrase.words().size() / 2);
    int[] next = new int[places.size()];
    boolean[] best = new boolean[places.size()];
    for (int start = 0; start == 0 || start + length <= quotation.words().size(); start++) {
      boolean[] found = new boolean[places.size()];
      for (int i = 0; i < places.size(); i++) {
        int[] at = places.get(i);
        while (next[i] < at.length && at[next[i]] < start) {
          next[i]++;
        }
        found[i] = next[i] < at.length && at[next[i]] < start + length;
      }
      if (better(phrase, weights, found, best)) {
        best = found;
      }
    }
    return best;
  }

  private static boolean better(
      PhraseWords phrase, double[] weights, boolean[] found, boolean[] best) {
    int words = Double.compare(phrase.share(found), phrase.share(best));
    return words > 0
        || words == 0 && PhraseWords.share(found, weights) > PhraseWords.share(best, weights);
  }

  /** For each word of the phrase, the positions in the quotation that have it, in order. */
  private static List<int[]> places(
      PhraseWords phrase, PhraseWords quotation, Function<String, Set<String>> alternatives) {
    List<int[]> places = new ArrayList<>();
    for (int i = 0; i < phrase.words().size(); i++) {
      String word = phrase.words().get(i);
      String stem = phrase.stems().get(i);
      Set<String> others = stem.isEmpty() ? Set.of() : alternatives.apply(stem);
      List<Integer> at = new ArrayList<>();
      for (int j = 0; j < quotation.words().size(); j++) {
        String stemThere = quotation.stems().get(j);
        if (quotation.words().get(j).equals(word)
            || !stem.isEmpty() && (stemThere.equals(stem) || others.contains(stemThere))) {
          at.add(j);
        }
      }
      places.add(at.stream().mapToInt(Integer::intValue).toArray());
    }
    return places;
  }
}
