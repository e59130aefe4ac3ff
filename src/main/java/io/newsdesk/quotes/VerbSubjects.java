package io.newsdesk.quotes;

import java.util.Optional;

/**
 * Finds the subject of a reporting verb, read backwards from the verb: where the phrase starts,
 * where it ends before the verb's auxiliaries and adjuncts, a description of a person qualified up
 * to the verb ("a White House official who spoke anonymously said"), and a preposition that makes a
 * name no subject. Works on token indexes, like {@link SubjectPhrases}.
 */
final class VerbSubjects {

  private static final int MAX_QUALIFIED_DESCRIPTION = 22;

  private final ArticleTokens tokens;
  private final SubjectPhrases phrases;

  VerbSubjects(ArticleTokens tokens, SubjectPhrases phrases) {
    this.tokens = tokens;
    this.phrases = phrases;
  }

  /** The first token of the subject right before the verb at {@code v}, or -1. */
  int subjectStart(int lo, int v) {
    if (v - 2 >= lo && phrases.isHandle(v - 2, v)) {
      return v - 2; // "@patriot1776 tweeted"
    }
    int k = skipBackOverAdjuncts(lo, beforeVerbGroup(lo, v));
    if (k < lo) {
      return -1;
    }
    Token t = tokens.get(k);
    if (t.is(",") && k - 1 >= lo && tokens.get(k - 1).is(")")) {
      // "Gov. John Kasich (R-OH), said": the comma closes the party tag, not an apposition.
      int named = skipBackOverAdjuncts(lo, k - 1);
      if (named >= lo && named < k - 1 && tokens.get(named).isCapitalized()) {
        return phrases.nameRunStart(lo, named);
      }
    }
    if (t.is(",")) {
      for (int j = k - 1; j >= lo && j >= k - 8; j--) {
        if (tokens.get(j).is(",")) {
          if (StructureWords.isPartyTag(tokens, j + 1, k)
              && j - 1 >= lo
              && tokens.get(j - 1).isCapitalized()) {
            return phrases.nameRunStart(lo, j - 1); // "Sen. Ron Johnson, R-Wis., said"
          }
          if (j + 1 < k
              && phrases.nameRunEnd(j + 1, k) == k
              && !StructureWords.isDeterminer(tokens.get(j + 1))) {
            return j + 1; // "Carson’s business manager, Armstrong Williams, stated"
          }
          return j - 1 >= lo && tokens.get(j - 1).isCapitalized()
              ? phrases.nameRunStart(lo, j - 1)
              : -1;
        }
      }
      return -1;
    }
    if (StructureWords.PRONOUNS.contains(t.lower())) {
      return k;
    }
    if (t.isLowerCaseWord() && StructureWords.STANDALONE.contains(t.text())) {
      // "“…,” one wrote.", "A third added", "Yet another said": an unnamed person of a round-up,
      // opening its clause ("At one point", "In another tweet" are no subjects).
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
    if (t.isWord() && t.isCapitalized() || t.is(".") && k > lo && tokens.get(k - 1).isWord()) {
      return phrases.nameRunStart(lo, k);
    }
    boolean organisation = // "the Trump campaign explained"
        t.isLowerCaseWord()
            && NameWords.ORGANISATION_NOUNS.contains(t.text())
            && k - 1 >= lo
            && StructureWords.isNameWord(tokens.get(k - 1));
    boolean body = // "the newspaper wrote", not "he texted the magazine saying"
        !tokens.get(v).text().endsWith("ing")
            && t.isLowerCaseWord()
            && NameWords.SPEAKING_BODIES.contains(t.text())
            && k - 1 >= lo
            && tokens.get(k - 1).lower().equals("the");
    if (body) {
      return k - 1;
    }
    if (t.isLowerCaseWord()
            && (NameWords.PERSON_NOUNS.contains(t.lower()) || StructureWords.plural(t))
        || organisation) {
      for (int j = k; j >= lo && j >= k - 5 && tokens.get(j).isWord(); j--) {
        if (StructureWords.isDeterminer(tokens.get(j))) {
          return j;
        }
      }
      return k;
    }
    return -1;
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
    int head = -1;
    for (int j = k + 1;
        j < v && j <= k + SubjectPhrases.MAX_ROLE_WORDS && phrases.isDescriptive(j);
        j++) {
      if (NameWords.PERSON_NOUNS.contains(tokens.get(j).lower())) {
        head = j;
      }
    }
    if (head < 0 || head + 1 >= v) {
      return Optional.empty();
    }
    Token next = tokens.get(head + 1);
    boolean qualified =
        next.is(",")
            || NameWords.QUALIFIERS.contains(next.lower())
            || next.isLowerCaseWord() && next.text().endsWith("ing");
    if (!qualified) {
      return Optional.empty();
    }
    for (int j = head + 1; j < v; j++) {
      if (tokens.isSentenceEnd(j) || tokens.get(j).is(":") || tokens.get(j).is("\"")) {
        return Optional.empty();
      }
    }
    return Optional.of(new TokenRange(k, head + 1));
  }

  /** The end of the subject phrase starting at {@code start}, which ends before verb {@code v}. */
  int npEnd(int start, int v) {
    int end = Math.max(start + 1, skipBackOverAdjuncts(start, beforeVerbGroup(start, v)) + 1);
    for (int k = start + 1; k < end; k++) {
      if (tokens.get(k).is(",")) {
        return k;
      }
    }
    return end;
  }

  /**
   * The last token before the auxiliaries of the verb at {@code v}: "Doe is quoted as saying",
   * "Doe, for her part, is labeling it".
   */
  private int beforeVerbGroup(int lo, int v) {
    int last = v - 1;
    if (last > lo && tokens.get(v).text().endsWith("ing")) {
      if (last - 2 > lo && tokens.get(last).is("as") && tokens.get(last - 1).is("quoted")) {
        last -= 2;
      }
      String auxiliary = tokens.get(last).text();
      if (auxiliary.equals("is") || auxiliary.equals("was") || auxiliary.equals("been")) {
        last--;
      }
    }
    return last;
  }

  /** Steps back over adverbs, "(R-Texas)" and "on Wednesday" between a subject and its verb. */
  private int skipBackOverAdjuncts(int lo, int k) {
    for (int guard = 0; guard < 4 && k >= lo; guard++) {
      Token t = tokens.get(k);
      if (t.isLowerCaseWord() && StructureWords.isAdverb(t)) {
        k--;
      } else if (t.is(")")) {
        int j = k - 1;
        while (j >= lo && j > k - 8 && !tokens.get(j).is("(")) {
          j--;
        }
        if (j < lo || !tokens.get(j).is("(")) {
          return k;
        }
        k = j - 1;
      } else if (NameWords.TIME_WORDS.contains(t.lower()) && t.isWord()) {
        k--;
        if (k >= lo && (tokens.get(k).is("on") || tokens.get(k).is("last"))) {
          k--;
        }
      } else {
        return k;
      }
    }
    return k;
  }

  /**
   * The preposition right before the name starting at {@code start} ("of The Ledger", "on the
   * Hill"), or -1.
   */
  int prepositionBefore(int lo, int start) {
    int k = start - 1;
    if (k > lo && tokens.get(k).is("the")) {
      k--;
    }
    return start > lo && k >= lo && StructureWords.PREPOSITIONS.contains(tokens.get(k).text())
        ? k
        : -1;
  }
}
