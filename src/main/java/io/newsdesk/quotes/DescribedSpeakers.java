package io.newsdesk.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Speakers the article describes rather than names as a person: a person by a description ("a
 * Nevada Democrat"), organisations ("Breitbart News responded"), publications and agencies ("the
 * commission"), the holder of a role of a place ("the mayor of Alpha"), and the speakers a
 * transcript labels in capitals ("MS. DOE:").
 */
final class DescribedSpeakers {
  private final ArticleTokens tokens;
  private final NameIndex names;
  private final SubjectPhrases phrases;

  DescribedSpeakers(ArticleTokens tokens, NameIndex names, SubjectPhrases phrases) {
    this.tokens = tokens;
    this.names = names;
    this.phrases = phrases;
  }

  /** "Critics", "Formerly", "P" (of "A&P"): a single capitalised word that names nobody. */
  boolean isCommonNoun(Token t) {
    return t.text().length() == 1 || names.isCommonWord(t) || StructureWords.plural(t);
  }

  /**
   * "the mayor of Alpha said": a role whose complement is a place or an organisation names the
   * person who holds it (the last one named with a fitting role), else these words; never the
   * place.
   */
  Optional<Attribution> roleOfAPlace(int from, int to) {
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
  Optional<String> lastNamedBody(int from, String head) {
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

  /** "Breitbart News responded": a capitalised subject naming no person is an organisation. */
  Optional<String> organisation(int from, int to) {
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

  /** "a Nevada Democrat": the words of a description whose head is a person, else nobody. */
  Attribution description(int from, int to) {
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
}
