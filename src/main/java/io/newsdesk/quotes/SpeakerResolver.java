package io.newsdesk.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /** How many sentences back a chain of the same pronoun is followed. */
  private static final int MAX_PRONOUN_CHAIN = 3;

  private final ArticleTokens tokens;
  private final NameIndex names;
  private final SubjectPhrases phrases;

  SpeakerResolver(ArticleTokens tokens, NameIndex names, SubjectPhrases phrases) {
    this.tokens = tokens;
    this.names = names;
    this.phrases = phrases;
  }

  Attribution resolve(TokenRange range) {
    return resolve(range.from(), range.to());
  }

  Attribution resolvePerson(TokenRange range) {
    return resolvePerson(range.from(), range.to());
  }

  /** The speaker named by tokens {@code [from, to)}. */
  Attribution resolve(int from, int to) {
    for (int k = from + 1; k + 1 < to; k++) {
      if (tokens.get(k).is("named") && tokens.get(k + 1).isCapitalized()) {
        return resolve(k + 1, to); // "a 70-year-old academic named Eric Kingson"
      }
    }
    Token first = tokens.get(from);
    Token last = tokens.get(to - 1);
    if (to - from == 2 && first.is("@") && last.start() == first.end()) {
      return Attribution.of(Optional.of("@" + last.text())); // an account known by its handle
    }
    if (last.possessive()) {
      return Attribution.UNNAMED;
    }
    if (to - from == 1 && StructureWords.PRONOUNS.contains(first.lower())) {
      Optional<String> antecedent = antecedent(from, MAX_PRONOUN_CHAIN);
      return Attribution.of(
          antecedent.isPresent()
              ? antecedent
              : names.lastPersonBefore(first.start(), first.text()));
    }
    boolean standalone = // "Another said", but not "Second Lady Karen Pence said"
        StructureWords.STANDALONE.contains(first.lower()) && to - from == 1;
    if (StructureWords.INDEFINITE.contains(first.lower()) || standalone) {
      return description(from, to);
    }
    if (first.lower().equals("the") && !last.isCapitalized()) {
      String head = last.lower();
      boolean organisation =
          NameWords.ORGANISATION_NOUNS.contains(head)
              && StructureWords.isNameWord(tokens.get(to - 2));
      if (organisation) {
        // "the Trump campaign": an organisation the article names, in the article's words.
        return Attribution.of(Optional.of(tokens.text().substring(first.start(), last.end())));
      }
      if (to - from == 2 && NameWords.SPEAKING_BODIES.contains(head)) {
        // "according to the commission": the commission the article named last, or these words
        return Attribution.of(
            lastNamedBody(from, head)
                .or(() -> Optional.of(tokens.text().substring(first.start(), last.end()))));
      }
      if (!NameWords.PERSON_NOUNS.contains(head)) {
        return Attribution.UNNAMED;
      }
      // "the secretary" is the most recent person whose role fits; a guess beyond that could
      // name the wrong person, so the description then stands for the speaker.
      Optional<String> named = names.lastPersonWithRole(head, first.start());
      return named.isPresent() ? Attribution.of(named) : description(from, to);
    }
    Optional<Attribution> complement = roleOfAPlace(from, to);
    if (complement.isPresent()) {
      return complement.get();
    }
    Optional<String> person = names.personAt(first.start(), last.end());
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
        && isCommonNoun(first)) {
      return Attribution.UNNAMED; // "Critics called it …"
    }
    if (person.isPresent()) {
      names.resolvedAsSpeaker(person.get());
      return Attribution.of(person);
    }
    return Attribution.of(organisation(from, to));
  }

  /**
   * "the mayor of Alpha said": a role whose complement is a place or an organisation names the
   * person who holds it (the last one named with a fitting role), else these words; never the
   * place.
   */
  private Optional<Attribution> roleOfAPlace(int from, int to) {
    if (!tokens.get(from).lower().equals("the")) {
      return Optional.empty();
    }
    for (int p = from + 2; p + 1 < to; p++) {
      Token t = tokens.get(p);
      if (!t.isLowerCaseWord()) {
        return Optional.empty();
      }
      if (StructureWords.ROLE_COMPLEMENTS.contains(t.text()) && tokens.get(p + 1).isCapitalized()) {
        String head = tokens.get(p - 1).lower();
        if (!NameWords.isPersonNoun(head)) {
          return Optional.empty();
        }
        Optional<String> named = names.lastPersonWithRole(head, tokens.get(from).start());
        return Optional.of(
            named.isPresent()
                ? Attribution.of(named)
                : Attribution.of(
                    Optional.of(
                        tokens
                            .text()
                            .substring(tokens.get(from).start(), tokens.get(to - 1).end()))));
      }
    }
    return Optional.empty();
  }

  /**
   * "MS. DOE", "SEN. JANE ROE" of a transcript: the name without its title, as the article writes
   * it elsewhere ("Jane Doe"), else in the label's words with capitals only at their start.
   */
  Attribution resolveLabel(int from, int to) {
    List<String> words = new ArrayList<>();
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      boolean title =
          NameWords.ABBREVIATIONS.contains(t.lower()) || NameWords.ROLE_WORDS.contains(t.lower());
      if (t.isWord() && !(title && words.isEmpty())) {
        words.add(titleCase(t.text()));
      }
    }
    if (words.isEmpty() || NameWords.LABEL_WORDS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
      return Attribution.NONE;
    }
    return Attribution.of(Optional.of(names.canonical(String.join(" ", words))));
  }

  /** "DOE" → "Doe", "O'NEIL" → "O'Neil", "SMITH-JONES" → "Smith-Jones". */
  private static String titleCase(String word) {
    StringBuilder out = new StringBuilder(word.length());
    boolean start = true;
    for (char c : word.toCharArray()) {
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return out.toString();
  }

  /**
   * "the Federal Election Commission", "the Ministry of Defence" named before {@code from}, for
   * "the commission", "the ministry": the whole name, within one paragraph, without "The".
   */
  private Optional<String> lastNamedBody(int from, String head) {
    for (int k = from - 1; k >= 0; k--) {
      Token t = tokens.get(k);
      if (t.isCapitalized() && t.lower().equals(head)) {
        int start = k;
        while (start > 0 && sameParagraph(start - 1, start) && namePart(tokens.get(start - 1))) {
          start--;
        }
        if (tokens.get(start).is("The")) {
          start++;
        }
        int end = k + 1;
        while (end + 1 < from
            && sameParagraph(end, end + 1)
            && StructureWords.ORGANISATION_JOINERS.contains(tokens.get(end).text())
            && tokens.get(end + 1).isCapitalized()) {
          end = phrases.nameRunEnd(end + 1, from);
        }
        boolean named = start < k || end > k + 1;
        return named
            ? Optional.of(
                tokens.text().substring(tokens.get(start).start(), tokens.get(end - 1).end()))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean namePart(Token t) {
    return t.isWord() && t.isCapitalized() && !t.possessive();
  }

  private boolean sameParagraph(int a, int b) {
    return tokens.text().substring(tokens.get(a).end(), tokens.get(b).start()).indexOf('\n') < 0;
  }

  /**
   * The person the pronoun at token {@code k} refers to: the subject of its own sentence, the
   * person the sentence before is about, the speaker quoted in the sentence before, the person the
   * same pronoun opening the sentence before refers to (a chain of "he … he said", followed back up
   * to {@code chain} sentences). Empty when none of these names anyone: the caller then takes the
   * last person named before the pronoun, not before the chain's first one.
   */
  private Optional<String> antecedent(int k, int chain) {
    String word = tokens.get(k).text();
    Optional<String> antecedent = personInOwnSentence(k, word);
    if (antecedent.isPresent()) {
      return antecedent;
    }
    Optional<TokenRange> previous = previousSentenceSubject(k);
    antecedent = person(previous, word);
    if (antecedent.isEmpty()) {
      antecedent = previousSpeaker(k, word);
    }
    boolean samePronoun =
        previous.isPresent()
            && previous.get().length() == 1
            && tokens.get(previous.get().from()).lower().equals(word.toLowerCase(Locale.ROOT));
    if (antecedent.isEmpty() && chain > 0 && samePronoun) {
      // "When Delfino planned the trip, he didn't know it, he said.¶“…,” he said.": the same
      // "he" as the sentence before, whoever that one is.
      antecedent = antecedent(previous.get().from(), chain - 1);
    }
    return antecedent;
  }

  /**
   * The subject of the sentence before the pronoun's, if any. "Clinton is pointing to an interview
   * Sanders gave. She is noting …": a pronoun opening a sentence most often refers to the person
   * the sentence before is about, not to whoever was named last.
   */
  private Optional<TokenRange> previousSentenceSubject(int pronoun) {
    int end = tokens.sentenceStart(pronoun, 0) - 1; // the full stop closing the sentence before
    return end < 1 ? Optional.empty() : phrases.clauseSubject(tokens.sentenceStart(end, 0), end);
  }

  /** "Fallon fired back: “…,” he wrote": a person named earlier in the pronoun's own sentence. */
  private Optional<String> personInOwnSentence(int pronoun, String word) {
    int start = tokens.sentenceStart(pronoun, 0);
    if (start == pronoun) {
      return Optional.empty();
    }
    boolean afterSubordinateClause =
        pronoun - start > 2
            && tokens.get(pronoun - 1).is(",")
            && (NameWords.SUBORDINATORS.contains(tokens.get(start).lower())
                || NameWords.SENTENCE_SUBORDINATORS.contains(tokens.get(start).lower()));
    if (afterSubordinateClause) {
      // "While Pompeo said the task force is committed, he said …": the clause's subject.
      return subjectPerson(start + 1, pronoun - 1, word);
    }
    return subjectPerson(start, pronoun, word);
  }

  /** The named person opening the clause {@code [start, end)} as its subject, if any. */
  private Optional<String> subjectPerson(int start, int end, String word) {
    return person(phrases.clauseSubject(start, end), word);
  }

  /** The named person a subject phrase is, if any. */
  private Optional<String> person(Optional<TokenRange> found, String word) {
    if (found.isEmpty()) {
      return Optional.empty();
    }
    TokenRange subject = found.get();
    if (subject.length() == 1 && isPronoun(tokens.get(subject.from()))
        || tokens.get(subject.to() - 1).possessive()) {
      return Optional.empty();
    }
    Optional<String> person =
        names.personAt(tokens.get(subject.from()).start(), tokens.get(subject.to() - 1).end());
    return person.filter(
        p -> names.isPerson(p) && names.isKnownPerson(p) && !NameWords.disagrees(word, p));
  }

  /**
   * "“…,” Weaver said in an interview with Tamron Hall.¶“…,” he continued.": the speaker of a quote
   * in the sentence before the pronoun's, when the pronoun opens its clause right after a quote.
   */
  private Optional<String> previousSpeaker(int pronoun, String word) {
    int own = tokens.sentenceStart(pronoun, 0);
    if (own == 0) {
      return Optional.empty();
    }
    int start = tokens.sentenceStart(own - 1, 0);
    return names.lastSpeakerBetween(tokens.get(start).start(), tokens.get(own).start(), word);
  }

  private static boolean isPronoun(Token t) {
    return StructureWords.PRONOUNS.contains(t.lower());
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

  /** "a Nevada Democrat": the words of a description whose head is a person, else nobody. */
  private Attribution description(int from, int to) {
    Token head = tokens.get(to - 1);
    boolean standalone =
        StructureWords.STANDALONE.contains(head.lower())
            && (to - from == 1 || to - from == 2 && tokens.get(from).lower().equals("a"));
    // "One man wrote “…”. Another tweeted “…”": the article says no more than this.
    if (!standalone && (!head.isWord() || !NameWords.PERSON_NOUNS.contains(head.lower()))) {
      return Attribution.UNNAMED;
    }
    return Attribution.of(
        Optional.of(tokens.text().substring(tokens.get(from).start(), head.end())));
  }

  /** "Critics", "Formerly", "P" (of "A&P"): a single capitalised word that names nobody. */
  private boolean isCommonNoun(Token t) {
    return t.text().length() == 1 || names.isCommonWord(t) || StructureWords.plural(t);
  }

  /** "Breitbart News responded": a capitalised subject naming no person is an organisation. */
  private Optional<String> organisation(int from, int to) {
    int k = from;
    while (k < to && NameWords.FUNCTION_WORDS.contains(tokens.get(k).lower())) {
      k++;
    }
    if (k >= to) {
      return Optional.empty();
    }
    if (k == to - 1 && isCommonNoun(tokens.get(k))) {
      return Optional.empty(); // "Formerly called", "A&P" cut to "P": no organisation
    }
    for (int j = k; j < to; j++) {
      Token t = tokens.get(j);
      if (!t.isCapitalized()
          || StructureWords.PRONOUNS.contains(t.lower())
          || NameWords.TIME_WORDS.contains(t.lower())) {
        return Optional.empty();
      }
    }
    return Optional.of(tokens.text().substring(tokens.get(k).start(), tokens.get(to - 1).end()));
  }
}
