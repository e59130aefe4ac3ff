package io.newsdesk.quotes;

import java.util.Optional;

/**
 * The person the narrative before a quote is about, when no attribution reaches the quote: the
 * named subject of the last sentence ("Clinton spoke for an hour.¶“…”"), the speaker its closing
 * attribution names ("…, Witchey said.¶“…”") or the owner of words it names ("Trump’s first tweet
 * Sunday was a measured comment.¶“…”").
 */
final class NarrativeSubjects {

  private final ArticleTokens tokens;
  private final SubjectPhrases phrases;
  private final VerbSubjects verbSubjects;
  private final AttributionSubjects subjects;
  private final SpeakerResolver resolver;

  NarrativeSubjects(
      ArticleTokens tokens,
      SubjectPhrases phrases,
      VerbSubjects verbSubjects,
      AttributionSubjects subjects,
      SpeakerResolver resolver) {
    this.tokens = tokens;
    this.phrases = phrases;
    this.verbSubjects = verbSubjects;
    this.subjects = subjects;
    this.resolver = resolver;
  }

  /**
   * The person the last sentence of {@code [from, to)} is about, when its subject is a named person
   * or a pronoun: a quote standing alone after it is most likely theirs.
   */
  Attribution narrativeSubject(int from, int to) {
    int lo = tokens.tokenAt(from);
    int hi = tokens.tokenAt(to);
    while (hi > lo && !tokens.get(hi - 1).isWord() && !tokens.isSentenceEnd(hi - 1)) {
      hi--;
    }
    if (hi - lo < 3 || !tokens.get(hi - 1).is(".")) {
      return Attribution.NONE;
    }
    lo = tokens.sentenceStart(hi - 1, lo);
    Attribution closing = closingAttribution(lo, hi - 1);
    if (closing.found()) {
      return closing;
    }
    Optional<TokenRange> found = phrases.clauseSubject(lo, hi);
    if (found.isEmpty()) {
      return Attribution.NONE;
    }
    TokenRange subject = found.get();
    if (tokens.get(subject.to() - 1).possessive()) {
      // "Trump’s first tweet Sunday was a measured comment.¶“…”": the owner of the words.
      for (int k = subject.to(); k < hi && k <= subject.to() + 2; k++) {
        if (NameWords.SPEECH_NOUNS.contains(tokens.get(k).text())) {
          return resolver.resolveOwner(subject.from(), subject.to());
        }
      }
      return Attribution.NONE;
    }
    return resolver.resolvePerson(subject.from(), subject.to());
  }

  /**
   * "Volunteers are vital to the city, Witchey said.", "…, said Jane Doe.": a sentence {@code [lo,
   * end)} reporting someone's words ends with its attribution; a quote standing alone after it goes
   * on with that speaker.
   */
  private Attribution closingAttribution(int lo, int end) {
    int comma = -1;
    for (int k = end - 1; k > lo && k >= end - TrailingAttributions.MAX_SUBJECT_DISTANCE; k--) {
      if (tokens.get(k).is(",")) {
        comma = k;
        break;
      }
    }
    if (comma < 0) {
      return Attribution.NONE;
    }
    int first = comma + 1;
    if (first < end && tokens.isVerb(first)) {
      // "…, said Jane Doe." or "…, said Jane Doe on ESPN.", but not "Doe, a teacher, said he is
      // scared." or "Doe said President Max Roe has been briefed.": there the words after the
      // verb are what was said, not who said it.
      int subjectEnd = phrases.forwardNpEnd(first + 1, end);
      boolean closes =
          subjectEnd == end
              || subjectEnd < end
                  && (tokens.get(subjectEnd).is(",")
                      || StructureWords.CLOSING_PREPOSITIONS.contains(
                          tokens.get(subjectEnd).text()));
      return closes ? subjects.subjectAfter(first + 1, end) : Attribution.NONE;
    }
    int verb = end - 1;
    while (verb > first && !tokens.isVerb(verb)) {
      verb--;
    }
    if (verb <= first || !tokens.isVerb(verb)) {
      return Attribution.NONE;
    }
    int start = verbSubjects.subjectStart(first, verb);
    return start == first && phrases.onlyWords(verb + 1, end, 4)
        ? resolver.resolvePerson(start, verbSubjects.npEnd(start, verb)) // "…, Witchey said."
        : Attribution.NONE;
  }
}
