package io.newsdesk.quotes;

import io.newsdesk.quotes.LeadingAttributions.Window;
import java.util.List;
import java.util.Optional;

/**
 * The readings of a reporting verb before a quote, nearest the quote first: each reading of a verb
 * decides, passes to the next reading, or moves on to the next verb ("Rutte addressed the shift,
 * saying “…”", "Doe of The Ledger wrote", "said Caddell: “…”").
 */
final class ReportingVerbReadings {
  private ReportingVerbReadings() {}

  /**
   * What one reading of a reporting verb says: a decision, on to the next verb, or on to the next
   * reading of this verb.
   */
  record Verdict(Attribution attribution, boolean nextVerb) {
    static final Verdict PASS = new Verdict(null, false);
    static final Verdict NEXT_VERB = new Verdict(null, true);

    static Verdict decide(Attribution attribution) {
      return new Verdict(attribution, false);
    }

    static Verdict ifFound(Attribution attribution) {
      return attribution.found() ? decide(attribution) : PASS;
    }
  }

  /** A reporting verb at {@code v} in the window; its subject's start is read once, if asked. */
  static final class Verb {
    final Window w;
    final int v;
    private final VerbSubjects subjects;
    private int start = Integer.MIN_VALUE;

    Verb(Window w, int v, VerbSubjects subjects) {
      this.w = w;
      this.v = v;
      this.subjects = subjects;
    }

    /** Where the verb's subject starts, or -1. */
    int start() {
      if (start == Integer.MIN_VALUE) {
        start = subjects.subjectStart(w.lo(), v);
      }
      return start;
    }
  }

  /** One named reading of a reporting verb. */
  record VerbStep(String name, VerbReading reading) {
    @FunctionalInterface
    interface VerbReading {
      Verdict read(LeadingAttributions before, Verb verb);
    }
  }

  /** The readings of one reporting verb, in order. */
  static final List<VerbStep> VERB_STEPS =
      List.of(
          new VerbStep("dubbed by nobody named", ReportingVerbReadings::passiveNaming),
          new VerbStep(
              "a participle after a clause of its own names nobody",
              ParticipleReadings::participleAfterClause),
          new VerbStep(
              "a participle: the subject of the verb before",
              ParticipleReadings::participleEarlierSubject),
          new VerbStep(
              "a participle: the clause's subject", ParticipleReadings::participleClauseSubject),
          new VerbStep("X of Y said", PrepositionSubjects::subjectAfterPreposition),
          new VerbStep(
              "X said",
              (b, verb) ->
                  verb.start() >= 0
                      ? Verdict.decide(
                          b.resolver.resolve(
                              verb.start(), b.verbSubjects.npEnd(verb.start(), verb.v)))
                      : Verdict.PASS),
          new VerbStep(
              "a source speaking to CNN said",
              (b, verb) ->
                  described(b, verb.w.lo(), verb.v).map(Verdict::decide).orElse(Verdict.PASS)),
          new VerbStep("X, apposition, said", ReportingVerbReadings::commaApposition),
          new VerbStep("X did this, and told", ReportingVerbReadings::coordinated),
          new VerbStep("said X:", ReportingVerbReadings::invertingVerb));

  /** The nearest reporting verb before the quote that says whose words follow. */
  static Optional<Attribution> read(LeadingAttributions b, Window w) {
    for (int v = w.hi() - 1; v >= w.lo(); v--) {
      if (!b.tokens.isVerb(v)) {
        continue;
      }
      Verb verb = new Verb(w, v, b.verbSubjects);
      for (VerbStep step : VERB_STEPS) {
        Verdict verdict = step.reading().read(b, verb);
        if (verdict.nextVerb()) {
          break;
        }
        if (verdict.attribution() != null) {
          return Optional.of(verdict.attribution().by(step.name()));
        }
      }
    }
    return Optional.empty();
  }

  /** "a seminar scheduled for May and dubbed “…”": named by whom? */
  private static Verdict passiveNaming(LeadingAttributions b, Verb verb) {
    int v = verb.v;
    boolean passive =
        NameWords.NAMING_VERBS.contains(b.tokens.get(v).text())
            && v > verb.w.lo()
            && StructureWords.PASSIVE_MARKERS.contains(b.tokens.get(v - 1).lower());
    return passive ? Verdict.decide(Attribution.NONE) : Verdict.PASS;
  }

  /** "a staffer in the room wondered": a description qualified by what follows it. */
  static Optional<Attribution> described(LeadingAttributions b, int lo, int v) {
    return b.verbSubjects.qualifiedDescription(lo, v).map(b.resolver::resolve);
  }

  /** "Clinton, 35, the daughter of …, said on Twitter, “…”". */
  private static Verdict commaApposition(LeadingAttributions b, Verb verb) {
    int v = verb.v;
    return v > verb.w.lo() && b.tokens.get(v - 1).is(",")
        ? Verdict.ifFound(b.subjects.apposedSubject(verb.w.lo(), v + 1))
        : Verdict.PASS;
  }

  /** "Carson did not name his rivals, but told supporters, “…”": the sentence's subject. */
  private static Verdict coordinated(LeadingAttributions b, Verb verb) {
    int v = verb.v;
    if (v <= verb.w.lo() || !StructureWords.COORDINATORS.contains(b.tokens.get(v - 1).lower())) {
      return Verdict.PASS;
    }
    return b.phrases
        .clauseSubject(verb.w.lo(), v - 1)
        .map(subject -> Verdict.ifFound(b.resolver.resolvePerson(subject)))
        .orElse(Verdict.PASS);
  }

  /** "said Caddell: “…”". */
  private static Verdict invertingVerb(LeadingAttributions b, Verb verb) {
    return NameWords.INVERTING_VERBS.contains(b.tokens.get(verb.v).text())
        ? Verdict.ifFound(b.subjects.subjectAfter(verb.v + 1, verb.w.hi()))
        : Verdict.PASS;
  }
}
