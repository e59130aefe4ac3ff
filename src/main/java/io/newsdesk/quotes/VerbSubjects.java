package io.newsdesk.quotes;

import java.util.Optional;

/**
 * Finds the subject of a reporting verb, read backwards from the verb: where the phrase starts,
 * where it ends before the verb's auxiliaries and adjuncts, and a preposition that makes a name no
 * subject. A subject that names nobody ("one wrote", "a White House official who spoke anonymously
 * said") is read by {@link UnnamedSubjects}. Works on token indexes, like {@link SubjectPhrases}.
 */
final class VerbSubjects {

  private static final int MAX_APPOSITION_WORDS = 8;

  private final ArticleTokens tokens;
  private final SubjectPhrases phrases;
  private final UnnamedSubjects unnamed;

  VerbSubjects(ArticleTokens tokens, SubjectPhrases phrases) {
    this.tokens = tokens;
    this.phrases = phrases;
    this.unnamed = new UnnamedSubjects(tokens, phrases);
  }

  /**
   * The first token of the subject right before the verb at {@code v}, or -1. The readings in
   * order, by the subject's last word (past auxiliaries and adjuncts), the first that fits
   * deciding.
   */
  int subjectStart(int lo, int v) {
    if (v - 2 >= lo && phrases.isHandle(v - 2, v)) {
      return v - 2; // "@patriot1776 tweeted"
    }
    int k = skipBackOverAdjuncts(lo, beforeVerbGroup(lo, v));
    if (k < lo) {
      return -1;
    }
    Token t = tokens.get(k);
    if (t.is(",")) {
      return beforeComma(lo, k);
    }
    if (StructureWords.PRONOUNS.contains(t.lower())) {
      return k;
    }
    if (t.isLowerCaseWord() && StructureWords.STANDALONE.contains(t.text())) {
      return unnamed.roundUpStart(lo, k);
    }
    if (t.isWord() && t.isCapitalized() || t.is(".") && k > lo && tokens.get(k - 1).isWord()) {
      return phrases.nameRunStart(lo, k);
    }
    if (unnamed.isSpeakingBody(lo, k, v)) {
      return k - 1;
    }
    return unnamed.describedStart(lo, k);
  }

  /**
   * The start of a subject ending with the comma at {@code k}: a name before a party tag ("Gov.
   * John Kasich (R-OH), said", "Sen. Ron Johnson, R-Wis., said"), a name in apposition ("Carson’s
   * business manager, Armstrong Williams, stated") or a name before one ("Jane Doe, a spokeswoman,
   * said"); -1 when none.
   */
  private int beforeComma(int lo, int k) {
    if (k - 1 >= lo && tokens.get(k - 1).is(")")) {
      // "Gov. John Kasich (R-OH), said": the comma closes the party tag, not an apposition.
      int named = skipBackOverAdjuncts(lo, k - 1);
      if (named >= lo && named < k - 1 && tokens.get(named).isCapitalized()) {
        return phrases.nameRunStart(lo, named);
      }
    }
    for (int j = k - 1; j >= lo && j >= k - MAX_APPOSITION_WORDS; j--) {
      if (tokens.get(j).is(",")) {
        return betweenCommas(lo, j, k);
      }
    }
    return -1;
  }

  /**
   * The start of a subject whose last part stands between the commas at {@code j} and {@code k}.
   */
  private int betweenCommas(int lo, int j, int k) {
    boolean nameBefore = j - 1 >= lo && tokens.get(j - 1).isCapitalized();
    if (StructureWords.isPartyTag(tokens, j + 1, k) && nameBefore) {
      return phrases.nameRunStart(lo, j - 1); // "Sen. Ron Johnson, R-Wis., said"
    }
    if (j + 1 < k
        && phrases.nameRunEnd(j + 1, k) == k
        && !StructureWords.isDeterminer(tokens.get(j + 1))) {
      return j + 1; // "Carson’s business manager, Armstrong Williams, stated"
    }
    return nameBefore ? phrases.nameRunStart(lo, j - 1) : -1;
  }

  /**
   * "Another source familiar with Cruz’s thinking said", "a White House official who spoke
   * anonymously said Wednesday", "a staffer in the room wondered": a description of a person
   * opening the clause at {@code lo} (or after a comma in it), qualified by the words up to the
   * reporting verb {@code v}. Returns the description without its qualifier, if there is one.
   */
  Optional<TokenRange> qualifiedDescription(int lo, int v) {
    return unnamed.qualifiedDescription(lo, v);
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
