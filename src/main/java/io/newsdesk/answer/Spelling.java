package io.newsdesk.answer;

import io.newsdesk.index.Fields;
import io.newsdesk.search.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;

/**
 * Corrects the misspelt words of a question that found nothing, to words the articles use ("Wil
 * Ukrane jion NATO?" → "Will Ukraine join NATO?"), with the index's spelling suggestions over the
 * index's own unstemmed words: a word is corrected only when the articles (nearly) never use it and
 * use a word one or two letters away far more often.
 */
public final class Spelling {
  /** A word used by at most this many articles may be a misspelling. */
  static final int RARE = 2;

  /**
   * A word some articles use is corrected only to one at least this many times more articles use; a
   * word no article uses, to the nearest word any article uses.
   */
  static final int MORE_COMMON = 20;

  /** Words looked up at most: a question of a thousand unknown words is not corrected whole. */
  static final int MAX_WORDS = 16;

  /** Shorter words are left alone: too many real words lie one letter away. */
  static final int MIN_LENGTH = 3;

  private Spelling() {}

  /** One corrected word, as the question wrote it and as corrected. */
  public record Correction(String from, String to) {}

  /** The question with its misspelt words corrected, and what was changed. */
  record Corrected(String question, List<Correction> corrections) {}

  static Optional<Corrected> correct(Snapshot snapshot, Analyzer analyzer, String question) {
    StringBuilder out = new StringBuilder(question);
    List<Correction> corrections = new ArrayList<>();
    List<QuestionTerms.Token> tokens = QuestionTerms.tokens(analyzer, Fields.WORDS, question);
    Map<String, Optional<String>> looked = new HashMap<>();
    for (int i = tokens.size() - 1; i >= 0; i--) { // from the end, so earlier offsets still hold
      QuestionTerms.Token token = tokens.get(i);
      String word = token.term();
      if (word.length() < MIN_LENGTH
          || !word.chars().allMatch(Character::isLetter)
          || (!looked.containsKey(word) && looked.size() == MAX_WORDS)) {
        continue;
      }
      Optional<String> better = looked.computeIfAbsent(word, w -> correction(snapshot, w));
      if (better.isEmpty()) {
        continue;
      }
      String written = question.substring(token.start(), token.end());
      String corrected = sameCase(written, better.get());
      out.replace(token.start(), token.end(), corrected);
      corrections.add(0, new Correction(written, corrected));
    }
    return corrections.isEmpty()
        ? Optional.empty()
        : Optional.of(new Corrected(out.toString(), List.copyOf(corrections)));
  }

  /** The word the articles use instead of {@code word}, if it looks misspelt. */
  private static Optional<String> correction(Snapshot snapshot, String word) {
    try {
      long used = snapshot.articlesWithWord(word);
      if (used > RARE) {
        return Optional.empty();
      }
      return snapshot
          .moreCommonSpelling(word)
          .filter(better -> better.articles() >= MORE_COMMON * used)
          .map(Snapshot.WordUse::word);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The correction written as the word was: "Ukrane" → "Ukraine", "UKRANE" → "UKRAINE". */
  private static String sameCase(String written, String word) {
    if (written.length() > 1 && written.equals(written.toUpperCase(Locale.ROOT))) {
      return word.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(written.charAt(0))) {
      return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
    return word;
  }
}
