package io.newsdesk.quotes;

import java.util.Optional;

/**
 * The subjects of a reporting verb that name nobody, read backwards from their last word: an
 * unnamed person of a round-up ("one wrote", "A third added"), a publication ("the newspaper
 * wrote"), a person or an organisation described ("a spokesman said", "the Trump campaign
 * explained"), and a description qualified up to the verb ("a White House official who spoke
 * anonymously said"). The readings of {@link VerbSubjects} for subjects that are no name or
 * pronoun.
 */
final class UnnamedSubjects {

  private static final int MAX_DESCRIPTION_WORDS = 5;
  private static final int MAX_QUALIFIED_DESCRIPTION = 22;

  private final ArticleTokens tokens;
  private final SubjectPhrases phrases;

  UnnamedSubjects(ArticleTokens tokens, SubjectPhrases phrases) {
    this.tokens = tokens;
    this.phrases = phrases;
  }

  /**
   * "“…,” one wrote.", "A third added", "Yet another said": an unnamed person of a round-up, whose
   * standalone word is at {@code k}, opening its clause ("At one point", "In another tweet" are no
   * subjects). The subject's first token, or -1.
   */
  int roundUpStart(int lo, int k) {
    int start = k > lo && tokens.get(k - 1).lower().equals("a") ? k - 1 : k;
    Token before = start > lo ? tokens.get(start - 1) : null;
    boolean opensClause =
        before == null
            || !before.isWord()
            || before.is("Yet")
            || before.is("Still")
            || before.is("yet");
    return opensClause ? start : -1;
  }

  /**
   * Whether "the" and a publication at {@code k} are the subject of the verb at {@code v}: "the
   * newspaper wrote", not "he texted the magazine saying".
   */
  boolean isSpeakingBody(int lo, int k, int v) {
    Token t = tokens.get(k);
    return !tokens.get(v).text().endsWith("ing")
        && t.isLowerCaseWord()
        && NameWords.SPEAKING_BODIES.contains(t.text())
        && k - 1 >= lo
        && tokens.get(k - 1).lower().equals("the");
  }

  /**
   * "a spokesman said", "officials said", "the Trump campaign explained": a person noun, a plural
   * or an organisation at {@code k}, from the determiner a few words before it if there is one. The
   * subject's first token, or -1 when the word at {@code k} is none of these.
   */
  int describedStart(int lo, int k) {
    Token t = tokens.get(k);
    boolean organisation =
        t.isLowerCaseWord()
            && NameWords.ORGANISATION_NOUNS.contains(t.text())
            && k - 1 >= lo
            && StructureWords.isNameWord(tokens.get(k - 1));
    boolean person =
        t.isLowerCaseWord()
            && (NameWords.PERSON_NOUNS.contains(t.lower()) || StructureWords.plural(t));
    if (!person && !organisation) {
      return -1;
    }
    for (int j = k; j >= lo && j >= k - MAX_DESCRIPTION_WORDS && tokens.get(j).isWord(); j--) {
      if (StructureWords.isDeterminer(tokens.get(j))) {
        return j;
      }
    }
    return k;
  }

  /**
   * "Another source familiar with Cruz’s thinking said", "a White House official who spoke
   * anonymously said Wednesday", "a staffer in the room wondered": a description of a person
   * opening the clause at {@code lo} (or after a comma in it), qualified by the words up to the
   * reporting verb {@code v}. Returns the description without its qualifier, if there is one.
   */
  Optional<TokenRange> qualifiedDescription(int lo, int v) {
    for (int k = lo; k < v; k++) {
      boolean afterIntro =
          k > lo
              && tokens.get(k - 1).is(",")
              && !(k - 2 >= lo && (tokens.get(k - 2).isCapitalized() || tokens.get(k - 2).is(")")));
      if (k > lo && !afterIntro) {
        continue; // after "Doe," the description is an apposition to the name
      }
      Optional<TokenRange> found = qualifiedDescriptionAt(k, v);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<TokenRange> qualifiedDescriptionAt(int k, int v) {
    if (v - k > MAX_QUALIFIED_DESCRIPTION || !StructureWords.isDeterminer(tokens.get(k))) {
      return Optional.empty();
    }
    int head = lastPersonNoun(k, v);
    if (head < 0 || head + 1 >= v || !opensQualifier(tokens.get(head + 1))) {
      return Optional.empty();
    }
    return staysInSentence(head + 1, v)
        ? Optional.of(new TokenRange(k, head + 1))
        : Optional.empty();
  }

  /** The last person noun among the descriptive words after the determiner at {@code k}, or -1. */
  private int lastPersonNoun(int k, int v) {
    int head = -1;
    for (int j = k + 1;
        j < v && j <= k + SubjectPhrases.MAX_ROLE_WORDS && phrases.isDescriptive(j);
        j++) {
      if (NameWords.PERSON_NOUNS.contains(tokens.get(j).lower())) {
        head = j;
      }
    }
    return head;
  }

  /** ", who …", "familiar with …", "speaking on …": a qualifier opening after a person noun. */
  private static boolean opensQualifier(Token next) {
    return next.is(",")
        || NameWords.QUALIFIERS.contains(next.lower())
        || next.isLowerCaseWord() && next.text().endsWith("ing");
  }

  /** Whether {@code [from, v)} runs on to the verb with no sentence end, colon or quote mark. */
  private boolean staysInSentence(int from, int v) {
    for (int j = from; j < v; j++) {
      if (tokens.isSentenceEnd(j) || tokens.get(j).is(":") || tokens.get(j).is("\"")) {
        return false;
      }
    }
    return true;
  }
}
