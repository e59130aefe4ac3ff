package io.newsdesk.quotes;

import io.newsdesk.quotes.ReportingVerbReadings.Verb;
import io.newsdesk.quotes.ReportingVerbReadings.Verdict;

/**
 * The readings of a reporting participle after a comma or an opener ("Rutte addressed the shift,
 * saying “…”"): its subject is the clause's, unless a clause of its own comes between.
 */
final class ParticipleReadings {
  private ParticipleReadings() {}

  /** "Rutte addressed the shift, saying …", "Doe drew boos upon saying …". */
  private static boolean participle(LeadingAttributions b, Verb verb) {
    int v = verb.v;
    return b.tokens.get(v).text().endsWith("ing")
        && v > verb.w.lo()
        && StructureWords.PARTICIPLE_OPENERS.contains(b.tokens.get(v - 1).lower());
  }

  /** "He tweeted when Clinton ended it, remarking …": whose? */
  static Verdict participleAfterClause(LeadingAttributions b, Verb verb) {
    return participle(b, verb) && subordinateClauseBetween(b, verb.w.lo(), verb.v)
        ? Verdict.decide(Attribution.NONE)
        : Verdict.PASS;
  }

  /** "Ryan will meet him next week, Spicer said, adding …": the nearer verb's subject. */
  static Verdict participleEarlierSubject(LeadingAttributions b, Verb verb) {
    if (!participle(b, verb)) {
      return Verdict.PASS;
    }
    int lo = verb.w.lo();
    int earlier = previousVerb(b, lo, verb.v);
    int earlierSubject = earlier < 0 ? -1 : b.verbSubjects.subjectStart(lo, earlier);
    return earlierSubject >= 0
        ? Verdict.decide(
            b.resolver.resolve(earlierSubject, b.verbSubjects.npEnd(earlierSubject, earlier)))
        : Verdict.PASS;
  }

  /** The subject of the clause before the participle; with none, the next verb is read. */
  static Verdict participleClauseSubject(LeadingAttributions b, Verb verb) {
    if (!participle(b, verb)) {
      return Verdict.PASS;
    }
    return b.phrases
        .clauseSubject(verb.w.lo(), verb.v)
        .map(subject -> Verdict.decide(b.resolver.resolve(subject)))
        .orElse(Verdict.NEXT_VERB);
  }

  /**
   * Whether a clause with a subject of its own ("when Clinton ended …") opens in {@code [lo, v)}.
   */
  private static boolean subordinateClauseBetween(LeadingAttributions b, int lo, int v) {
    for (int k = lo + 1; k + 1 < v; k++) {
      if (NameWords.SUBORDINATORS.contains(b.tokens.get(k).text())
          && b.tokens.get(k + 1).isCapitalized()) {
        return true;
      }
    }
    return false;
  }

  private static int previousVerb(LeadingAttributions b, int lo, int v) {
    for (int k = v - 1; k >= lo; k--) {
      if (b.tokens.isVerb(k)) {
        return k;
      }
    }
    return -1;
  }
}
