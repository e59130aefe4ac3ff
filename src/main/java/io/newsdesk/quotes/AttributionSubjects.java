package io.newsdesk.quotes;

import java.util.Optional;

/**
 * The speaker of an attribution whose subject does not stand right before its verb: after an
 * inverted verb or "according to" ("said Doe’s top aide, Max Roe"), or a name and a long apposition
 * before the verb ("Doe, the strategist who founded it, said").
 */
final class AttributionSubjects {

  private static final int MAX_APPOSITION = 30;

  private final ArticleTokens tokens;
  private final SubjectPhrases phrases;
  private final RolePhrases roles;
  private final SpeakerResolver resolver;

  AttributionSubjects(
      ArticleTokens tokens, SubjectPhrases phrases, RolePhrases roles, SpeakerResolver resolver) {
    this.tokens = tokens;
    this.phrases = phrases;
    this.roles = roles;
    this.resolver = resolver;
  }

  /**
   * "Name, a long apposition, said": a person's name opening the clause at {@code k}, then a comma,
   * and a reporting verb right after a later comma before {@code hi}. Inside a relative clause or a
   * description ("Doe, who called Roe, told", "Doe, the strategist who founded it tweeted") every
   * verb is the person's own, so the closing comma may be missing.
   */
  Attribution apposedSubject(int k, int hi) {
    Optional<TokenRange> subject = phrases.clauseSubject(k, hi);
    boolean opens =
        subject.isPresent()
            && (subject.get().from() == k
                || subject.get().from() == k + 1
                    && StructureWords.CONJUNCTIONS.contains(tokens.get(k).lower()));
    if (!opens) {
      return Attribution.NONE;
    }
    int comma = afterPartyTag(subject.get().to(), hi); // "Doe (D-Ohio), noting …, said"
    if (comma >= hi || !tokens.get(comma).is(",") || comma + 1 >= hi) {
      return Attribution.NONE;
    }
    return throughApposition(subject.get(), comma, hi);
  }

  /** The apposition after {@code comma}, up to the reporting verb that the subject governs. */
  private Attribution throughApposition(TokenRange subject, int comma, int hi) {
    Token opening = tokens.get(comma + 1);
    boolean described =
        opening.isLowerCaseWord()
            && (StructureWords.RELATIVES.contains(opening.text())
                || StructureWords.isDeterminer(opening)
                || NameWords.isPersonNoun(opening.text()));
    for (int j = comma + 1; j < hi && j <= comma + MAX_APPOSITION; j++) {
      Token t = tokens.get(j);
      if (tokens.isSentenceEnd(j) || t.is(":")) {
        return Attribution.NONE;
      }
      described |= StructureWords.RELATIVES.contains(t.text());
      if (j == comma + 1 && t.text().endsWith("ing")) {
        described = true; // "Doe, noting the crowd, said"
        continue;
      }
      if (tokens.isVerb(j)) {
        return described && j > comma + 1 && !tokens.isVerb(comma + 1)
            ? resolver.resolvePerson(subject)
            : Attribution.NONE;
      }
      if (t.is(",") && j + 1 < hi && tokens.isVerb(j + 1)) {
        return resolver.resolvePerson(subject);
      }
    }
    return Attribution.NONE;
  }

  /** The speaker named by the phrase starting at {@code k}: "said Doe", "according to Doe". */
  Attribution subjectAfter(int k, int hi) {
    if (k >= hi) {
      return Attribution.NONE;
    }
    Optional<TokenRange> named = roles.nameAfterRole(k, hi);
    if (named.isPresent()) {
      return resolver.resolve(named.get()); // "said Doe’s top aide, Max Roe, who …"
    }
    int end = phrases.forwardNpEnd(k, hi);
    return end > k ? resolver.resolve(k, end) : Attribution.NONE;
  }

  /** The token after a party tag "(D-Ohio)" starting at {@code k}, or {@code k} without one. */
  private int afterPartyTag(int k, int hi) {
    if (k >= hi || !tokens.get(k).is("(")) {
      return k;
    }
    for (int j = k + 1; j < hi && j <= k + 8; j++) {
      if (tokens.get(j).is(")")) {
        return j + 1;
      }
    }
    return k;
  }
}
