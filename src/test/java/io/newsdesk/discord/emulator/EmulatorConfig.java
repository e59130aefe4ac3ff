package io.newsdesk.discord.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How the emulated Discord behaves.
 *
 * @param grantedPrivilegedIntents privileged intents switched on "in the Developer Portal" (bitmask
 *     of GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT); asking for any other one at IDENTIFY
 *     closes the gateway with 4014
 * @param interactionDeadline time for the first interaction response (Discord: 3 s)
 * @param interactionTokenLifetime time for follow-ups and edits (Discord: 15 min)
 * @param heartbeatInterval sent in HELLO
 * @param unknownRoutesAreViolations whether a call to a route the emulator does not serve fails the
 *     test (it always gets a 404 and is always listed in {@code unknownRoutes()})
 */
public record EmulatorConfig(
    long grantedPrivilegedIntents,
    Duration interactionDeadline,
    Duration interactionTokenLifetime,
    Duration heartbeatInterval,
    boolean unknownRoutesAreViolations) {

  public static final long GUILD_MEMBERS = 1L << 1;
  public static final long GUILD_PRESENCES = 1L << 8;
  public static final long MESSAGE_CONTENT = 1L << 15;
  static final long PRIVILEGED = GUILD_MEMBERS | GUILD_PRESENCES | MESSAGE_CONTENT;

  public EmulatorConfig {
    Objects.requireNonNull(interactionDeadline, "interactionDeadline");
    Objects.requireNonNull(interactionTokenLifetime, "interactionTokenLifetime");
    Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
    if ((grantedPrivilegedIntents & ~PRIVILEGED) != 0) {
      throw new IllegalArgumentException(
          "grantedPrivilegedIntents may only hold GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT");
    }
  }

  /** Discord as a freshly created bot sees it: no privileged intents, the real time limits. */
  public static EmulatorConfig defaults() {
    return new EmulatorConfig(
        0, Duration.ofSeconds(3), Duration.ofMinutes(15), Duration.ofMillis(41_250), false);
  }

  public EmulatorConfig withPrivilegedIntents(long intents) {
    return new EmulatorConfig(
        intents,
        interactionDeadline,
        interactionTokenLifetime,
        heartbeatInterval,
        unknownRoutesAreViolations);
  }

  public EmulatorConfig withUnknownRoutesAsViolations() {
    return new EmulatorConfig(
        grantedPrivilegedIntents,
        interactionDeadline,
        interactionTokenLifetime,
        heartbeatInterval,
        true);
  }
}
