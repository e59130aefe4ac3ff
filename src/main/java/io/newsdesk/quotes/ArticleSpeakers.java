package io.newsdesk.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who has spoken so far in an article, as its quotes are attributed in order: the speaker of each
 * attributed quote with the quote's position (whom a later "he continued" may mean), and the names
 * read as someone speaking, which count as people once their quote is decided.
 */
final class ArticleSpeakers {

  private final Set<String> speakers = new HashSet<>();
  private final List<String> resolvedSinceSettled = new ArrayList<>();
  private final List<Spoken> quoteSpeakers = new ArrayList<>();

  private record Spoken(int position, String name) {}

  /** Records that a quote at {@code position} was attributed to {@code canonicalName}. */
  void spoke(String canonicalName, int position) {
    quoteSpeakers.add(new Spoken(position, canonicalName));
  }

  /**
   * The speaker of the last quote attributed between {@code from} and {@code to} who may be what
   * {@code pronoun} refers to.
   */
  Optional<String> lastSpeakerBetween(int from, int to, String pronoun) {
    for (int k = quoteSpeakers.size() - 1; k >= 0; k--) {
      Spoken spoken = quoteSpeakers.get(k);
      if (spoken.position() < from) {
        break;
      }
      if (spoken.position() < to && !NameWords.disagrees(pronoun, spoken.name())) {
        return Optional.of(spoken.name());
      }
    }
    return Optional.empty();
  }

  /** Notes a name read as someone speaking while a quote is being decided. */
  void resolvedAsSpeaker(String canonicalName) {
    resolvedSinceSettled.add(canonicalName);
  }

  /** A quote is decided: the names resolved while deciding it now speak in the article. */
  void settle() {
    speakers.addAll(resolvedSinceSettled);
    resolvedSinceSettled.clear();
  }

  /** Whether the name speaks in the article: resolved as a speaker of a decided quote. */
  boolean hasSpoken(String canonicalName) {
    return speakers.contains(canonicalName);
  }
}
