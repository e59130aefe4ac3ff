package io.newsdesk.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    try (InputStream in = ReportingVerbs.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String verb = line.strip();
        if (!verb.isEmpty() && !verb.startsWith("#")) {
          verbs.add(verb.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new ReportingVerbs(verbs);
  }
}
