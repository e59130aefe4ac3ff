package io.newsdesk.quotes;

import io.newsdesk.quotes.NameMentions.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The people an article names: every capitalised name mention with the role written before it
 * ("NATO Secretary General Mark Rutte") or after it ("Matthew Miller, a former State Department
 * spokesperson,"), and the canonical form of each name within the article ("Hegseth" → "Pete
 * Hegseth": the longest full name mentioned with that surname). {@link NameMentions} finds the
 * mentions; this class answers questions about them.
 */
final class NameIndex {

  private final NameMentions nameMentions;
  private final List<Mention> mentions;
  private final Map<String, String> roles = new HashMap<>();
  private final List<String> canonicals = new ArrayList<>();
  private final Set<String> speakers = new HashSet<>();
  private final List<String> resolvedSinceSettled = new ArrayList<>();
  private final List<Spoken> quoteSpeakers = new ArrayList<>();
  private final List<List<String>> fullNames;
  private final Map<String, String> canonicalNames = new HashMap<>();
  private final Map<String, List<Integer>> byLastWord = new HashMap<>();
  private final Map<String, List<Integer>> byFirstOfTwo = new HashMap<>();

  /** Full names the article also uses alone by one word ("Ban Ki-moon … Ban"). */
  private final Set<String> namedBySurname = new HashSet<>();

  /** Names the article writes after "the" ("the Tampa Bay area"): places and things, not people. */
  private final Set<String> namedAsThings = new HashSet<>();

  NameIndex(String text, List<Token> tokens, boolean[] insideQuote) {
    nameMentions = new NameMentions(text, tokens, insideQuote);
    mentions = nameMentions.mentions();
    fullNames = List.copyOf(new LinkedHashSet<>(nameMentions.fullNames()));
    for (int i = 0; i < fullNames.size(); i++) {
      List<String> full = fullNames.get(i);
      byLastWord.computeIfAbsent(full.get(full.size() - 1), k -> new ArrayList<>()).add(i);
      if (full.size() == 2) {
        byFirstOfTwo.computeIfAbsent(full.get(0), k -> new ArrayList<>()).add(i);
      }
    }
    int t = 0;
    for (Mention m : mentions) {
      String canonical = canonical(m.name());
      canonicals.add(canonical);
      while (t < tokens.size() && tokens.get(t).start() < m.start()) {
        t++;
      }
      if (t > 0 && tokens.get(t - 1).is("the")) {
        namedAsThings.add(canonical);
      }
      m.role().ifPresent(r -> roles.putIfAbsent(canonical, r));
      if (m.name().indexOf(' ') < 0 && canonical.indexOf(' ') > 0) {
        namedBySurname.add(canonical);
      }
    }
  }

  /** Whether the article also writes this capitalised word in lower case, or it is an adverb. */
  boolean isCommonWord(Token t) {
    String lower = t.lower();
    return nameMentions.isLowerCaseWord(lower) || StructureWords.isAdverb(t);
  }

  /** The canonical full form of a name: the longest full name in the article it is part of. */
  String canonical(String name) {
    return canonicalNames.computeIfAbsent(name, this::longestFullName);
  }

  private String longestFullName(String name) {
    List<String> parts = List.of(name.split(" "));
    String last = parts.get(parts.size() - 1);
    int best = -1;
    for (int i : byLastWord.getOrDefault(last, List.of())) {
      if (fullNames.get(i).containsAll(parts) && isLonger(i, best)) {
        best = i;
      }
    }
    if (parts.size() == 1) {
      for (int i : byFirstOfTwo.getOrDefault(last, List.of())) { // "Hillary" → "Hillary Clinton"
        if (isLonger(i, best)) {
          best = i;
        }
      }
    }
    return best < 0 ? name : String.join(" ", fullNames.get(best));
  }

  /** Longer wins; of two as long, the one named first. */
  private boolean isLonger(int candidate, int best) {
    if (best < 0) {
      return true;
    }
    int a = fullNames.get(candidate).size();
    int b = fullNames.get(best).size();
    return a > b || a == b && candidate < best;
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
    quoteSpeakers.add(new Spoken(position, canonicalName));
  }

  /**
   * The speaker of the last quote attributed between {@code from} and {@code to} who may be what
   * {@code pronoun} refers to: "“…,” Jeff Weaver said in an interview with Tamron Hall.¶“…,” he
   * continued."
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

  private record Spoken(int position, String name) {}

  /**
   * Notes a name the resolver read as someone speaking while a quote is being decided. It counts as
   * a person (for {@link #isPerson}) only once that quote is decided ({@link #settle}): what one
   * sieve resolves never changes what the sieves after it see for the same quote.
   */
  void resolvedAsSpeaker(String canonicalName) {
    resolvedSinceSettled.add(canonicalName);
  }

  /** A quote is decided: the names resolved while deciding it now speak in the article. */
  void settle() {
    speakers.addAll(resolvedSinceSettled);
    resolvedSinceSettled.clear();
  }

  Optional<String> role(String canonicalName) {
    return Optional.ofNullable(roles.get(canonicalName));
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
              && !(looksLikeAThing(name) && !isKnownPerson(name))
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

  /**
   * Whether a name is more likely a place or a thing: the article writes it after "the" ("the Tampa
   * Bay area"), or it ends with a word the article also writes in lower case ("Delaware River",
   * "Cold War") and opens with no common first name.
   */
  private boolean looksLikeAThing(String name) {
    if (namedAsThings.contains(name)) {
      return true;
    }
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return nameMentions.isLowerCaseWord(last) && !NameWords.hasFirstName(name);
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
    return roles.containsKey(canonical)
        || speakers.contains(canonical)
        || namedBySurname.contains(canonical);
  }

  /** Whether a canonical name is known to be a person: a full name, a role or a speaker. */
  boolean isPerson(String canonical) {
    return canonical.indexOf(' ') > 0
        || roles.containsKey(canonical)
        || speakers.contains(canonical);
  }
}
