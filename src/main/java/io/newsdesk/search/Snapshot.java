package io.newsdesk.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One unchanging view of the index, for one question. Hits carry a {@code doc} number that only
 * this view understands: it ties a hit to {@link #passages} and orders ties, nothing more.
 */
public interface Snapshot {
  /** How many articles the index holds. */
  long articleCount() throws IOException;

  /** The citations of the {@code n} newest articles, newest first, undated ones last. */
  List<Citation> newestArticles(int n) throws IOException;

  /** How many passages the index holds (with text). */
  long passageCount() throws IOException;

  /** How many passages hold each term (an analysed stem of the passage text). */
  Map<String, Long> passagesWith(Collection<String> terms) throws IOException;

  /**
   * The best {@code n} passages for the query by BM25, best first (equal scores in doc order); with
   * word pairs, the first round's hits are rescored by them.
   */
  List<PassageHit> findPassages(WordQuery query, int n) throws IOException;

  /**
   * The keys of the {@code n} articles whose vectors are nearest {@code vector}, nearest first,
   * among those published on or before {@code asOf} when given.
   */
  List<String> nearestArticles(float[] vector, Optional<LocalDate> asOf, int n) throws IOException;

  /**
   * The stored passages of some hits, by {@code doc}; a passage deleted since it was found is
   * missing.
   */
  Map<Integer, StoredPassage> passages(List<PassageHit> hits) throws IOException;

  /** How many articles use the word (unstemmed, lower case), for spelling corrections. */
  long articlesWithWord(String word) throws IOException;

  /**
   * The word, one or two letters away, that more articles use than {@code word}, the closest and
   * then the most used first; empty when there is none.
   */
  Optional<WordUse> moreCommonSpelling(String word) throws IOException;

  /** A word and how many articles use it. */
  record WordUse(String word, long articles) {}

  /** How many quotations the index holds. */
  long quotationCount() throws IOException;

  /** How many quotations hold each stem. */
  Map<String, Long> quotationsWith(Collection<String> stems) throws IOException;

  /** The best {@code n} quotations for the query, in its order. */
  List<FoundQuote> findQuotes(QuoteQuery query, int n) throws IOException;

  /**
   * The speaker names (as the articles write them) that contain {@code needle} (lower case; empty
   * for all), with how many quotations each has, most quoted first, then by name; at most {@code
   * n}.
   */
  List<SpeakerCount> speakers(String needle, int n) throws IOException;

  /** A speaker's name and how many quotations the index gives them. */
  record SpeakerCount(String name, long quotations) {}
}
