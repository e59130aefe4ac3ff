package io.newsdesk.quotes;

import io.newsdesk.quotes.NameMentions.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The people an article names: every capitalised name mention with the role written before it
 * ("NATO Secretary General Mark Rutte") or after it ("Matthew Miller, a former State Department
 * spokesperson,"), and the canonical form of each name within the article ("Hegseth" → "Pete
 * Hegseth"). {@link NameMentions} finds the mentions, {@link CanonicalNames} gives the canonical
 * forms, {@link ArticleSpeakers} remembers who has spoken and {@link PersonClues} what tells a
 * person from a place or a thing; this class answers questions about the people named.
 */
final class NameIndex {

  private final NameMentions nameMentions;
  private final List<Mention> mentions;
  private final CanonicalNames canonicalNames;
  private final ArticleSpeakers speakers = new ArticleSpeakers();
  private final PersonClues clues;

  /** The canonical name of each mention, by the mention's index. */
  private final List<String> canonicals = new ArrayList<>();

  NameIndex(String text, List<Token> tokens, boolean[] insideQuote) {
    nameMentions = new NameMentions(text, tokens, insideQuote);
    mentions = nameMentions.mentions();
    canonicalNames = new CanonicalNames(nameMentions.fullNames());
    clues = new PersonClues(speakers, nameMentions::isLowerCaseWord);
    indexMentions(tokens);
  }

  /** Notes each mention's canonical name and what it tells of that name. */
  private void indexMentions(List<Token> tokens) {
    int t = 0;
    for (Mention m : mentions) {
      String canonical = canonical(m.name());
      canonicals.add(canonical);
      while (t < tokens.size() && tokens.get(t).start() < m.start()) {
        t++;
      }
      clues.note(m, canonical, t > 0 && tokens.get(t - 1).is("the"));
    }
  }

  /** Whether the article also writes this capitalised word in lower case, or it is an adverb. */
  boolean isCommonWord(Token t) {
    String lower = t.lower();
    return nameMentions.isLowerCaseWord(lower) || StructureWords.isAdverb(t);
  }

  /** The canonical full form of a name: the longest full name in the article it is part of. */
  String canonical(String name) {
    return canonicalNames.of(name);
  }

  /**
   * The canonical name of the last person mentioned within {@code [from, to)}, if any: in "Sanders
   * campaign manager Jeff Weaver" the person is the last name.
   */
  Optional<String> personAt(int from, int to) {
    int lo = firstEndingAfter(from);
    int found = -1;
    while (lo < mentions.size() && mentions.get(lo).start() < to) {
      found = lo++;
    }
    return found < 0 ? Optional.empty() : Optional.of(canonicals.get(found));
  }

  /** Whether a person's name is mentioned by exactly the text {@code [from, to)}. */
  boolean isExactMention(int from, int to) {
    int k = firstEndingAfter(from);
    return k < mentions.size() && mentions.get(k).start() == from && mentions.get(k).end() == to;
  }

  /** The index of the first mention ending after {@code position}. */
  private int firstEndingAfter(int position) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).end() <= position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Records that a quote at {@code position} was attributed to {@code canonicalName}. */
  void spoke(String canonicalName, int position) {
    speakers.spoke(canonicalName, position);
  }

  /**
   * The speaker of the last quote attributed between {@code from} and {@code to} who may be what
   * {@code pronoun} refers to: "“…,” Jeff Weaver said in an interview with Tamron Hall.¶“…,” he
   * continued."
   */
  Optional<String> lastSpeakerBetween(int from, int to, String pronoun) {
    return speakers.lastSpeakerBetween(from, to, pronoun);
  }

  /**
   * Notes a name the resolver read as someone speaking while a quote is being decided. It counts as
   * a person (for {@link #isPerson}) only once that quote is decided ({@link #settle}): what one
   * sieve resolves never changes what the sieves after it see for the same quote.
   */
  void resolvedAsSpeaker(String canonicalName) {
    speakers.resolvedAsSpeaker(canonicalName);
  }

  /** A quote is decided: the names resolved while deciding it now speak in the article. */
  void settle() {
    speakers.settle();
  }

  Optional<String> role(String canonicalName) {
    return clues.role(canonicalName);
  }

  /**
   * The most recent person named before {@code position} outside quotes, preferring one not named
   * after a preposition or as an owner. A name that looks like a place or a thing ("the Tampa Bay
   * area", "Delaware River") is none unless it speaks or has a role.
   */
  Optional<String> lastPersonBefore(int position, String pronoun) {

    Optional<String> oblique = Optional.empty();
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      String name = canonicals.get(k);
      boolean candidate =
          m.end() <= position
              && !m.inQuote()
              && isPerson(name)
              && !(clues.looksLikeAThing(name) && !isKnownPerson(name))
              && !NameWords.disagrees(pronoun, name);
      if (candidate) {
        if (!m.oblique()) {
          return Optional.of(canonicals.get(k));
        }
        if (oblique.isEmpty()) {
          oblique = Optional.of(canonicals.get(k));
        }
      }
    }
    return oblique;
  }

  /** The most recent person named before {@code position} whose role contains {@code noun}. */
  Optional<String> lastPersonWithRole(String noun, int position) {
    String needle = noun.toLowerCase(Locale.ROOT);
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.end() <= position && !m.inQuote()) {
        String canonical = canonicals.get(k);
        Optional<String> role = role(canonical);
        if (role.isPresent() && RoleNouns.compatible(needle, role.get())) {
          return Optional.of(canonical);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a canonical name is a person by more than its shape: it has a role, speaks, or is also
   * mentioned by surname alone ("Ban Ki-moon … Ban"), which places and works rarely are.
   */
  boolean isKnownPerson(String canonical) {
    return clues.isKnownPerson(canonical);
  }

  /** Whether a canonical name is known to be a person: a full name, a role or a speaker. */
  boolean isPerson(String canonical) {
    return clues.isPerson(canonical);
  }
}
