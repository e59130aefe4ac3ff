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

  /** Frequent in news attributions but missing from the lexicon. */
  private static final Set<String> EXTRA =
      Set.of(
          "ask",
          "asked",
          "asks",
          "recalled",
          "recalls",
          "remembered",
          "joked",
          "quipped",
          "pleaded",
          "urged",
          "vowed",
          "boasted",
          "complained",
          "conceded",
          "countered",
          "contended",
          "shouted",
          "observed",
          "remarked",
          "posted",
          "wondered",
          "cautioned",
          "charged",
          "predicted",
          "responded",
          "emphasized",
          "stressed",
          "lamented",
          "chimed",
          "recounted",
          "scoffed",
          "promised",
          "acknowledged",
          "continued",
          "explained",
          "noted",
          "added",
          "writes",
          "thanked",
          "labeled",
          "labeling",
          "pressed",
          "answered",
          "answers",
          "reacted",
          "barked",
          "exhorted",
          "fumed",
          "retorted",
          "mused",
          "interjected",
          "needled",
          "opined",
          "blogged",
          "riffed",
          "boomed",
          "yelled",
          "agreed",
          "agrees",
          "demanded",
          "questioned",
          // Naming something in one's own words: "Trump called it “a disgrace”".
          "called",
          "calling",
          "calls",
          "dubbed",
          "branded",
          "termed",
          // Judging something in one's own words: "Nordhaus welcomed “the recognition …”".
          "welcomed",
          "praised",
          "hailed",
          "blasted",
          "slammed",
          "lauded",
          "condemned",
          "mocked",
          "touted",
          "welcoming",
          "praising",
          "hailing",
          "blasting",
          "slamming",
          // Participles of the verbs above: "…, remarking, “…”".
          "remarking",
          "quipping",
          "joking",
          "vowing",
          "urging",
          "boasting",
          "complaining",
          "conceding",
          "countering",
          "cautioning",
          "emphasizing",
          "stressing",
          "lamenting",
          "recalling",
          "promising",
          "answering",
          "reacting",
          "retorting",
          "musing",
          "demanding",
          "questioning",
          "posting",
          "shouting",
          "yelling");

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
    Set<String> verbs = new HashSet<>(EXTRA);
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
