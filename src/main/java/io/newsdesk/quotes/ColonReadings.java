package io.newsdesk.quotes;

import io.newsdesk.quotes.LeadingAttributions.Window;
import java.util.Optional;

/**
 * The readings of a colon right before a quote: a label ("Update:"), a transcript's speaker ("MS.
 * DOE:"), a name ("Hegseth:"), a handle, "X echoed:", a clause ("Cruz called them on it:"), a
 * described person ("Another user:").
 */
final class ColonReadings {
  private static final int SHORT_PREDICATE = 5;

  private ColonReadings() {}

  /** "Quote: “…” – golf pro Joe Sucato": a label, not a speaker. */
  static Optional<Attribution> label(LeadingAttributions b, Window w) {
    boolean label =
        w.length() == 2
            && b.tokens.get(w.hi() - 1).is(":")
            && NameWords.LABEL_WORDS.contains(b.tokens.get(w.lo()).lower());
    return label ? Optional.of(Attribution.NONE) : Optional.empty();
  }

  /** "MS. DOE: “…”", "SEN. ROE:": a transcript names its speakers in capitals, with a title. */
  static Optional<Attribution> transcriptLabel(LeadingAttributions b, Window w) {
    String title = b.tokens.get(w.lo()).lower();
    boolean titled =
        NameWords.ABBREVIATIONS.contains(title) || NameWords.ROLE_WORDS.contains(title);
    if (!endsWithColon(b, w, 3) || !titled) {
      return Optional.empty(); // "NEW YORK:", "WASHINGTON:" are places; a label has a title
    }
    boolean capitals = false;
    for (int k = w.lo(); k < w.hi() - 1; k++) {
      Token t = b.tokens.get(k);
      boolean word = t.isWord() && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT));
      if (!word && !t.is(".")) {
        return Optional.empty();
      }
      capitals |= word && t.text().length() >= 2 && Character.isLetter(t.text().charAt(1));
    }
    return capitals ? b.resolver.resolveLabel(w.lo(), w.hi() - 1).ifFound() : Optional.empty();
  }

  private static boolean endsWithColon(LeadingAttributions b, Window w, int minLength) {
    return w.length() >= minLength && b.tokens.get(w.hi() - 1).is(":");
  }

  /** "Hegseth: “…”". */
  static Optional<Attribution> nameColon(LeadingAttributions b, Window w) {
    return endsWithColon(b, w, 2) && b.phrases.nameRunEnd(w.lo(), w.hi() - 1) == w.hi() - 1
        ? Optional.of(b.resolver.resolve(w.lo(), w.hi() - 1))
        : Optional.empty();
  }

  /** "@patriot1776: “…”". */
  static Optional<Attribution> handleColon(LeadingAttributions b, Window w) {
    return w.length() == 3 && endsWithColon(b, w, 3) && b.phrases.isHandle(w.lo(), w.hi() - 1)
        ? Optional.of(b.resolver.resolve(w.lo(), w.hi() - 1))
        : Optional.empty();
  }

  /** "17-year-old Jared Potts echoed: “…”". */
  static Optional<Attribution> nameVerbColon(LeadingAttributions b, Window w) {
    int hi = w.hi();
    if (!endsWithColon(b, w, 3)
        || !b.tokens.get(hi - 2).isLowerCaseWord()
        || !b.tokens.get(hi - 2).text().endsWith("ed")) {
      return Optional.empty();
    }
    int start = b.verbSubjects.subjectStart(w.lo(), hi - 2);
    return start >= 0 && b.phrases.onlyWords(w.lo(), start, SubjectPhrases.MAX_ROLE_WORDS)
        ? Optional.of(b.resolver.resolve(start, hi - 2))
        : Optional.empty();
  }

  /** "Cruz called them on it: “…”". */
  static Optional<Attribution> clauseColon(LeadingAttributions b, Window w) {
    if (!endsWithColon(b, w, 3)) {
      return Optional.empty();
    }
    return b.phrases.clauseSubject(w.lo(), w.hi() - 1).map(b.resolver::resolvePerson);
  }

  /** "Another user: “…”", "One commenter summed it up: “…”". */
  static Optional<Attribution> determinerColon(LeadingAttributions b, Window w) {
    if (!endsWithColon(b, w, 2) || !StructureWords.isDeterminer(b.tokens.get(w.lo()))) {
      return Optional.empty();
    }
    int end = b.phrases.forwardNpEnd(w.lo(), w.hi() - 1);
    return end > w.lo() && b.phrases.onlyWords(end, w.hi() - 1, SHORT_PREDICATE)
        ? Optional.of(b.resolver.resolve(w.lo(), end))
        : Optional.empty();
  }
}
