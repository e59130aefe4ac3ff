package io.newsdesk.quotes;

import io.newsdesk.quotes.NameMentions.Mention;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What an article tells of each canonical name beyond its shape, to decide whether it names a
 * person: the role it gives them, whether it also names them by surname alone, whether they speak;
 * or, against, whether it writes the name like a place or a thing ("the Tampa Bay area", "Delaware
 * River").
 */
final class PersonClues {

  /** The first role the article gives each canonical name. */
  private final Map<String, String> roles = new HashMap<>();

  /** Full names the article also uses alone by one word ("Ban Ki-moon … Ban"). */
  private final Set<String> namedBySurname = new HashSet<>();

  /** Names the article writes after "the" ("the Tampa Bay area"): places and things, not people. */
  private final Set<String> namedAsThings = new HashSet<>();

  private final ArticleSpeakers speakers;
  private final Predicate<String> writtenInLowerCase;

  PersonClues(ArticleSpeakers speakers, Predicate<String> writtenInLowerCase) {
    this.speakers = speakers;
    this.writtenInLowerCase = writtenInLowerCase;
  }

  /** Notes what a mention tells of its canonical name; {@code afterThe} when "the" opens it. */
  void note(Mention m, String canonical, boolean afterThe) {
    if (afterThe) {
      namedAsThings.add(canonical);
    }
    m.role().ifPresent(r -> roles.putIfAbsent(canonical, r));
    if (m.name().indexOf(' ') < 0 && canonical.indexOf(' ') > 0) {
      namedBySurname.add(canonical);
    }
  }

  Optional<String> role(String canonicalName) {
    return Optional.ofNullable(roles.get(canonicalName));
  }

  /**
   * Whether a name is more likely a place or a thing: the article writes it after "the" ("the Tampa
   * Bay area"), or it ends with a word the article also writes in lower case ("Delaware River",
   * "Cold War") and opens with no common first name.
   */
  boolean looksLikeAThing(String name) {
    if (namedAsThings.contains(name)) {
      return true;
    }
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return writtenInLowerCase.test(last) && !NameWords.hasFirstName(name);
  }

  /**
   * Whether a canonical name is a person by more than its shape: it has a role, speaks, or is also
   * mentioned by surname alone ("Ban Ki-moon … Ban"), which places and works rarely are.
   */
  boolean isKnownPerson(String canonical) {
    return roles.containsKey(canonical)
        || speakers.hasSpoken(canonical)
        || namedBySurname.contains(canonical);
  }

  /** Whether a canonical name is known to be a person: a full name, a role or a speaker. */
  boolean isPerson(String canonical) {
    return canonical.indexOf(' ') > 0
        || roles.containsKey(canonical)
        || speakers.hasSpoken(canonical);
  }
}
