package io.newsdesk.quotes;

import io.newsdesk.words.WordFile;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Verbs that introduce reported speech ("said", "warned", "tweeted"), from the GenderGapTracker
 * lexicon in {@code quotes/reporting-verbs.txt}, plus a few common news verbs it lacks.
 */
final class ReportingVerbs {

  private static final String RESOURCE = "/quotes/reporting-verbs.txt";

  private static final ReportingVerbs DEFAULT = load();

  private final Set<String> verbs;

  private ReportingVerbs(Set<String> verbs) {
    this.verbs = Set.copyOf(verbs);
  }

  /** The lexicon bundled with Newsdesk, loaded once. */
  static ReportingVerbs standard() {
    return DEFAULT;
  }

  boolean contains(String word) {
    return verbs.contains(word.toLowerCase(Locale.ROOT));
  }

  private static ReportingVerbs load() {
    Set<String> verbs = new HashSet<>(NameWords.EXTRA_REPORTING_VERBS);
    for (String verb : WordFile.lines(RESOURCE)) {
      verbs.add(verb.toLowerCase(Locale.ROOT));
    }
    return new ReportingVerbs(verbs);
  }
}
