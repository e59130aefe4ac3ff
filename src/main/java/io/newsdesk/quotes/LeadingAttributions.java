package io.newsdesk.quotes;

import java.util.List;
import java.util.Optional;

/**
 * Reads the sentence before a quote for who said it: "X said: “…”", "X said he wanted to “…”",
 * "according to X", "Said X, “…”", "Rutte addressed the shift, saying “…”", "X: “…”" and a person's
 * words named by a noun of speech ("Trump’s call for “…”").
 */
final class LeadingAttributions {

  final ArticleTokens tokens;
  final SubjectPhrases phrases;
  final VerbSubjects verbSubjects;
  final AttributionSubjects subjects;
  final ColonIntroductions colonIntroductions;
  final OwnedSpeech ownedSpeech;
  final SpeakerResolver resolver;

  LeadingAttributions(
      ArticleTokens tokens,
      SubjectPhrases phrases,
      VerbSubjects verbSubjects,
      AttributionSubjects subjects,
      OwnedSpeech ownedSpeech,
      SpeakerResolver resolver) {
    this.tokens = tokens;
    this.phrases = phrases;
    this.verbSubjects = verbSubjects;
    this.subjects = subjects;
    this.colonIntroductions = new ColonIntroductions(tokens, phrases, resolver);
    this.ownedSpeech = ownedSpeech;
    this.resolver = resolver;
  }

  /** Looks at the sentence before a quote opening at {@code markStart}, from {@code from}. */
  Attribution before(int from, int markStart) {
    int lo = tokens.tokenAt(from);
    int hi = tokens.tokenAt(markStart);
    lo = tokens.sentenceStart(hi, lo);
    while (lo < hi && ArticleTokens.isDash(tokens.get(lo))) {
      lo++; // "… that can be!— Cruz called them on it:"
    }
    return NamedStep.first(STEPS, this, new Window(lo, hi));
  }

  /** The words of the sentence before a quote: tokens {@code [lo, hi)}. */
  record Window(int lo, int hi) {
    int length() {
      return hi - lo;
    }
  }

  /** One named reading of the sentence before a quote. */
  private static NamedStep<LeadingAttributions, Window> step(
      String name, NamedStep.Reading<LeadingAttributions, Window> reading) {
    return new NamedStep<>(name, reading);
  }

  /** The readings, in order; the reporting verbs are read nearest the quote first. */
  static final List<NamedStep<LeadingAttributions, Window>> STEPS =
      List.of(
          step("according to X", LeadingAttributions::accordingTo),
          step("Said X", LeadingAttributions::saidFirst),
          step(
              "introduced by a colon",
              (b, w) -> b.colonIntroductions.nameBeforeColon(w.lo(), w.hi()).ifFound()),
          step("a reporting verb", ReportingVerbReadings::read),
          step("a label and a colon names nobody", ColonReadings::label),
          step("a transcript's speaker label", ColonReadings::transcriptLabel),
          step("X:", ColonReadings::nameColon),
          step("@handle:", ColonReadings::handleColon),
          step("X echoed:", ColonReadings::nameVerbColon),
          step("a clause's subject and a colon", ColonReadings::clauseColon),
          step("another user:", ColonReadings::determinerColon),
          step(
              "an owner's words",
              (b, w) -> Optional.of(b.ownedSpeech.ownersWords(w.lo(), w.hi()))));

  private static Optional<Attribution> accordingTo(LeadingAttributions b, Window w) {
    for (int k = w.lo(); k + 2 < w.hi(); k++) {
      if (b.tokens.get(k).lower().equals("according") && b.tokens.get(k + 1).is("to")) {
        return Optional.of(b.subjects.subjectAfter(k + 2, w.hi()));
      }
    }
    return Optional.empty();
  }

  /** "Said Comey, “…”". */
  private static Optional<Attribution> saidFirst(LeadingAttributions b, Window w) {
    if (w.length() < 2 || !(b.tokens.get(w.lo()).is("Said") || b.tokens.get(w.lo()).is("Says"))) {
      return Optional.empty();
    }
    return b.subjects.subjectAfter(w.lo() + 1, w.hi()).ifFound();
  }
}
