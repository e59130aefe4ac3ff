package io.newsdesk.quotes;

import io.newsdesk.quotes.ReportingVerbReadings.Verb;
import io.newsdesk.quotes.ReportingVerbReadings.Verdict;

/**
 * A reporting verb whose nearest name sits behind a preposition ("Doe of The Ledger wrote"): that
 * name is no subject; the subject is the person owning it, an apposition, or a description.
 */
final class PrepositionSubjects {
  private PrepositionSubjects() {}

  /**
   * "Doe of The Ledger wrote", "Doe replied on Facebook writing": the name after a preposition is
   * no subject; the clause's subject is further back.
   */
  static Verdict subjectAfterPreposition(LeadingAttributions b, Verb verb) {
    int lo = verb.w.lo();
    int v = verb.v;
    int start = verb.start();
    int preposition = b.verbSubjects.prepositionBefore(lo, start);
    if (start < 0 || preposition < 0) {
      return Verdict.PASS;
    }
    Attribution apposed = b.subjects.apposedSubject(lo, v + 1);
    if (apposed.found()) {
      return Verdict.decide(apposed);
    }
    if (b.tokens.get(preposition).is("with") && b.tokens.get(v).text().endsWith("ing")) {
      // "…, with Trump reportedly yelling: “…”"
      return Verdict.decide(b.resolver.resolvePerson(start, b.verbSubjects.npEnd(start, v)));
    }
    if (!b.tokens.get(preposition).is("of")) {
      // "a source speaking to CNN said"
      return ReportingVerbReadings.described(b, lo, v)
          .map(Verdict::decide)
          .orElse(Verdict.NEXT_VERB);
    }
    return Verdict.ifFound(firstOwner(b, lo, preposition));
  }

  /**
   * "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told": the first person
   * in a chain of names joined by "of (the)", before the preposition at {@code of}.
   */
  private static Attribution firstOwner(LeadingAttributions b, int lo, int of) {
    Attribution owner = Attribution.NONE;
    int end = of;
    while (end > lo) {
      int head = b.phrases.nameRunStart(lo, end - 1);
      if (head >= end) {
        break;
      }
      Attribution person = b.resolver.resolvePerson(head, end);
      if (person.found()) {
        owner = person; // keep walking: an earlier name owns this one
      }
      int before = head - 1;
      if (before > lo && b.tokens.get(before).is("the")) {
        before--;
      }
      if (before <= lo || !b.tokens.get(before).is("of")) {
        break;
      }
      end = before;
    }
    return owner;
  }
}
