package io.newsdesk.quotes;

import java.util.Optional;

/**
 * The subject of the first reporting verb after a quote ("“…,” the Democratic chair of Palm Beach
 * County said"): a qualified description, a name after a role, "as X said", a role and a name, the
 * sentence's closing attribution, or a person of an organisation.
 */
final class TrailingSubjects {
  private final ArticleTokens tokens;
  private final SubjectPhrases phrases;
  private final VerbSubjects verbSubjects;
  private final RolePhrases roles;
  private final SpeakerResolver resolver;

  TrailingSubjects(
      ArticleTokens tokens,
      SubjectPhrases phrases,
      VerbSubjects verbSubjects,
      RolePhrases roles,
      SpeakerResolver resolver) {
    this.tokens = tokens;
    this.phrases = phrases;
    this.verbSubjects = verbSubjects;
    this.roles = roles;
    this.resolver = resolver;
  }

  /** Whom the words from {@code k} name as the subject of the reporting verb at {@code v}. */
  Attribution of(int k, int v) {
    int start = verbSubjects.subjectStart(k, v);
    if (v > k + TrailingAttributions.MAX_SUBJECT_DISTANCE
        && !(start > k + 1 && tokens.get(start - 1).is(","))) {
      return Attribution.NONE;
    }
    Optional<TokenRange> described =
        start < 0 ? verbSubjects.qualifiedDescription(k, v) : Optional.empty();
    if (described.isPresent()) {
      return resolver.resolve(described.get()); // "a staffer in the room wondered"
    }
    if (start > k && roles.isRoleBeforeName(k, start - 1)) {
      return resolver.resolve(start, verbSubjects.npEnd(start, v)); // "Doe’s aide, Max Roe, said"
    }
    boolean as = start == k + 1 && tokens.get(k).is("as"); // "“…,” as Cruz said"
    if (as) {
      return resolver.resolve(start, verbSubjects.npEnd(start, v));
    }
    if (start == k || start > k && roles.onlyRoleWords(k, start)) {
      return resolver.resolve(k, verbSubjects.npEnd(k, v));
    }
    return afterComma(k, v, start);
  }

  private Attribution afterComma(int k, int v, int start) {
    if (start > k + 1 && tokens.get(start - 1).is(",") && tokens.get(start).isCapitalized()) {
      // "“…” and against the gun law, Clinton said.": the sentence's closing attribution.
      return resolver.resolvePerson(start, verbSubjects.npEnd(start, v));
    }
    int nameEnd = phrases.forwardNpEnd(k, v);
    if (start > k && nameEnd > start && nameEnd <= v) {
      return resolver.resolvePerson(k, nameEnd); // "former Bush speechwriter Noam Neusner wrote"
    }
    if (start > k
        && nameEnd < start
        && (tokens.get(nameEnd).is("of") || tokens.get(nameEnd).is("from"))
        && phrases.onlyWords(nameEnd, start, TrailingAttributions.MAX_SUBJECT_DISTANCE)) {
      return resolver.resolvePerson(k, nameEnd); // "Jeffrey Lewis of the Martin Center wrote"
    }
    return Attribution.NONE;
  }
}
