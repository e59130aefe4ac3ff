package io.newsdesk.discord.emulator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects the rules the client broke, from every emulator thread. */
final class ViolationLog {

  private final List<Violation> violations = new CopyOnWriteArrayList<>();

  void add(String rule, String detail, String route) {
    violations.add(new Violation(rule, detail, route));
  }

  /** Records the breaches; true when Discord would reject the request because of one. */
  boolean addAll(List<DiscordLimits.Breach> breaches, String route) {
    breaches.forEach(b -> add(b.rule(), b.detail(), route));
    return breaches.stream().anyMatch(DiscordLimits.Breach::rejected);
  }

  List<Violation> all() {
    return List.copyOf(violations);
  }
}
