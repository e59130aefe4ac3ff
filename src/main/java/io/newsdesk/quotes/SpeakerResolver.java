package io.newsdesk.quotes;

import java.util.Optional;

/**
 * Decides whom a subject phrase refers to: a pronoun or "the secretary" is the most recent
 * compatible person named before it, a name is the person the article names so, and a capitalised
 * phrase naming no person is an organisation. A description of a person that fits nobody named ("a
 * Nevada Democrat", "the Idaho senator") is itself the speaker, word for word: it is what the
 * article says. A possessive phrase or a description of a thing ("Trump’s campaign", "the report")
 * names nobody.
 */
final class SpeakerResolver {

  private final ArticleTokens tokens;
  private final NameIndex names;
  private final PronounAntecedents pronouns;
  private final DescribedSpeakers described;

  SpeakerResolver(ArticleTokens tokens, NameIndex names, SubjectPhrases phrases) {
    this.tokens = tokens;
    this.names = names;
    this.pronouns = new PronounAntecedents(tokens, names, phrases);
    this.described = new DescribedSpeakers(tokens, names, phrases);
  }

  Attribution resolve(TokenRange range) {
    return resolve(range.from(), range.to());
  }

  Attribution resolvePerson(TokenRange range) {
    return resolvePerson(range.from(), range.to());
  }

  /**
   * The speaker named by tokens {@code [from, to)}, read by the first of these that applies: a name
   * after "named", a handle, a possessive (nobody), a pronoun, an indefinite description, a
   * definite one ("the secretary", "the Trump campaign", "the commission"), a role of a place, a
   * person named, else an organisation.
   */
  Attribution resolve(int from, int to) {
    return namedAfter(from, to)
        .or(() -> handle(from, to))
        .or(
            () ->
                tokens.get(to - 1).possessive()
                    ? Optional.of(Attribution.UNNAMED)
                    : Optional.empty())
        .or(() -> pronoun(from, to))
        .or(() -> indefinite(from, to))
        .or(() -> definite(from, to))
        .or(() -> described.roleOfAPlace(from, to))
        .orElseGet(() -> named(from, to));
  }

  /** "a 70-year-old academic named Eric Kingson". */
  private Optional<Attribution> namedAfter(int from, int to) {
    for (int k = from + 1; k + 1 < to; k++) {
      if (tokens.get(k).is("named") && tokens.get(k + 1).isCapitalized()) {
        return Optional.of(resolve(k + 1, to));
      }
    }
    return Optional.empty();
  }

  /** An account known by its handle: "@patriot1776". */
  private Optional<Attribution> handle(int from, int to) {
    Token first = tokens.get(from);
    Token last = tokens.get(to - 1);
    return to - from == 2 && first.is("@") && last.start() == first.end()
        ? Optional.of(Attribution.of(Optional.of("@" + last.text())))
        : Optional.empty();
  }

  private Optional<Attribution> pronoun(int from, int to) {
    Token first = tokens.get(from);
    if (to - from != 1 || !StructureWords.PRONOUNS.contains(first.lower())) {
      return Optional.empty();
    }
    Optional<String> antecedent = pronouns.of(from);
    return Optional.of(
        Attribution.of(
            antecedent.isPresent()
                ? antecedent
                : names.lastPersonBefore(first.start(), first.text())));
  }

  /** "Another said", "a Nevada Democrat", but not "Second Lady Karen Pence said". */
  private Optional<Attribution> indefinite(int from, int to) {
    String first = tokens.get(from).lower();
    boolean standalone = StructureWords.STANDALONE.contains(first) && to - from == 1;
    return StructureWords.INDEFINITE.contains(first) || standalone
        ? Optional.of(described.description(from, to))
        : Optional.empty();
  }

  /** "the Trump campaign", "the commission", "the secretary", "the report". */
  private Optional<Attribution> definite(int from, int to) {
    Token first = tokens.get(from);
    Token last = tokens.get(to - 1);
    if (!first.lower().equals("the") || last.isCapitalized()) {
      return Optional.empty();
    }
    String head = last.lower();
    String words = tokens.text().substring(first.start(), last.end());
    boolean organisation =
        NameWords.ORGANISATION_NOUNS.contains(head)
            && StructureWords.isNameWord(tokens.get(to - 2));
    if (organisation) {
      return Optional.of(Attribution.of(Optional.of(words))); // in the article's words
    }
    if (to - from == 2 && NameWords.SPEAKING_BODIES.contains(head)) {
      // "according to the commission": the commission the article named last, or these words
      return Optional.of(
          Attribution.of(described.lastNamedBody(from, head).or(() -> Optional.of(words))));
    }
    if (!NameWords.PERSON_NOUNS.contains(head)) {
      return Optional.of(Attribution.UNNAMED);
    }
    // "the secretary" is the most recent person whose role fits; a guess beyond that could
    // name the wrong person, so the description then stands for the speaker.
    Optional<String> named = names.lastPersonWithRole(head, first.start());
    return Optional.of(named.isPresent() ? Attribution.of(named) : described.description(from, to));
  }

  /** A person the article names, else an organisation: "Jane Doe of The Ledger", "Will wrote". */
  private Attribution named(int from, int to) {
    Token first = tokens.get(from);
    Optional<String> person = names.personAt(first.start(), tokens.get(to - 1).end());
    Optional<String> owner = ofOwner(from, to);
    if (owner.isPresent()) {
      person = owner; // "Jane Doe of The Ledger": the person, not the paper
    }
    if (person.isEmpty() && to - from == 1 && first.isCapitalized()) {
      // "Will wrote": a surname that is also a common word is still the article's George Will.
      String canonical = names.canonical(first.text());
      person = canonical.indexOf(' ') > 0 ? Optional.of(canonical) : Optional.empty();
    }
    if (person.isPresent()
        && to - from == 1
        && !names.isPerson(person.get())
        && described.isCommonNoun(first)) {
      return Attribution.UNNAMED; // "Critics called it …"
    }
    if (person.isPresent()) {
      names.resolvedAsSpeaker(person.get());
      return Attribution.of(person);
    }
    return Attribution.of(described.organisation(from, to));
  }

  /** "MS. DOE" of a transcript: see {@link DescribedSpeakers#resolveLabel}. */
  Attribution resolveLabel(int from, int to) {
    return described.resolveLabel(from, to);
  }

  /** The person named before an "of" in {@code [from, to)}, when the words there name one. */
  private Optional<String> ofOwner(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (tokens.get(k).is("of")) {
        Optional<String> person = names.personAt(tokens.get(from).start(), tokens.get(k).start());
        return person.filter(names::isPerson);
      }
    }
    return Optional.empty();
  }

  /** Like {@link #resolve} but only for a pronoun or a named person, never an organisation. */
  Attribution resolvePerson(int from, int to) {
    Token first = tokens.get(from);
    if (to - from == 1 && StructureWords.PRONOUNS.contains(first.lower())) {
      return resolve(from, to);
    }
    if (tokens.get(to - 1).possessive()) {
      return Attribution.NONE;
    }
    Optional<String> person = names.personAt(first.start(), tokens.get(to - 1).end());
    return person.isPresent() && names.isPerson(person.get())
        ? resolve(from, to)
        : Attribution.NONE;
  }

  /** The named person owning {@code [from, to)} in "Trump’s tweet", never an organisation. */
  Attribution resolveOwner(int from, int to) {
    Token first = tokens.get(from);
    Optional<String> person = names.personAt(first.start(), tokens.get(to - 1).end());
    if (person.isEmpty() || !names.isPerson(person.get())) {
      return Attribution.NONE;
    }
    names.resolvedAsSpeaker(person.get());
    return Attribution.of(person);
  }
}
