package io.newsdesk.quotes;

import java.util.Locale;
import java.util.Optional;

/**
 * Whom "he" or "she" refers to: the subject of its own sentence, the person the sentence before is
 * about, the speaker quoted in the sentence before, or whom the same pronoun opening the sentence
 * before refers to. Names inside quotes are never antecedents.
 */
final class PronounAntecedents {
  /** How many sentences back a chain of the same pronoun is followed. */
  private static final int MAX_PRONOUN_CHAIN = 3;

  private final ArticleTokens tokens;
  private final NameIndex names;
  private final SubjectPhrases phrases;

  PronounAntecedents(ArticleTokens tokens, NameIndex names, SubjectPhrases phrases) {
    this.tokens = tokens;
    this.names = names;
    this.phrases = phrases;
  }

  /** The person the pronoun at token {@code k} refers to, if the text around it says. */
  Optional<String> of(int k) {
    return antecedent(k, MAX_PRONOUN_CHAIN);
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
}
