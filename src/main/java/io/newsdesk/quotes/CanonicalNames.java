package io.newsdesk.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The canonical form of each name within one article: the longest full name mentioned that holds
 * all its words ("Hegseth" → "Pete Hegseth"), or for one word alone a two-word name it opens
 * ("Hillary" → "Hillary Clinton"); of two as long, the one named first.
 */
final class CanonicalNames {

  private final List<List<String>> fullNames;
  private final Map<String, String> canonicalNames = new HashMap<>();
  private final Map<String, List<Integer>> byLastWord = new HashMap<>();
  private final Map<String, List<Integer>> byFirstOfTwo = new HashMap<>();

  /** Indexes the names of two or more words an article mentions, in the order it mentions them. */
  CanonicalNames(List<List<String>> mentionedFullNames) {
    fullNames = List.copyOf(new LinkedHashSet<>(mentionedFullNames));
    for (int i = 0; i < fullNames.size(); i++) {
      List<String> full = fullNames.get(i);
      byLastWord.computeIfAbsent(full.get(full.size() - 1), k -> new ArrayList<>()).add(i);
      if (full.size() == 2) {
        byFirstOfTwo.computeIfAbsent(full.get(0), k -> new ArrayList<>()).add(i);
      }
    }
  }

  /** The canonical full form of a name: the longest full name in the article it is part of. */
  String of(String name) {
    return canonicalNames.computeIfAbsent(name, this::longestFullName);
  }

  private String longestFullName(String name) {
    List<String> parts = List.of(name.split(" "));
    String last = parts.get(parts.size() - 1);
    int best = -1;
    for (int i : byLastWord.getOrDefault(last, List.of())) {
      if (fullNames.get(i).containsAll(parts) && isLonger(i, best)) {
        best = i;
      }
    }
    if (parts.size() == 1) {
      for (int i : byFirstOfTwo.getOrDefault(last, List.of())) { // "Hillary" → "Hillary Clinton"
        if (isLonger(i, best)) {
          best = i;
        }
      }
    }
    return best < 0 ? name : String.join(" ", fullNames.get(best));
  }

  /** Longer wins; of two as long, the one named first. */
  private boolean isLonger(int candidate, int best) {
    if (best < 0) {
      return true;
    }
    int a = fullNames.get(candidate).size();
    int b = fullNames.get(best).size();
    return a > b || a == b && candidate < best;
  }
}
