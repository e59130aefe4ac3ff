package io.newsdesk.discord.emulator;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.javacord.api.DiscordApi;
import org.javacord.api.DiscordApiBuilder;
import org.javacord.api.entity.intent.Intent;
import org.javacord.api.entity.message.mention.AllowedMentions;
import org.javacord.api.entity.message.mention.AllowedMentionsBuilder;
import org.javacord.api.util.logging.FallbackLoggerConfiguration;

/** Real Javacord clients pointed at an emulator, the way the bot will be in end-to-end tests. */
final class JavacordClients {

  static {
    // -Dnewsdesk.javacord.trace=true shows every gateway frame and REST call Javacord makes.
    if (Boolean.getBoolean("newsdesk.javacord.trace")) {
      FallbackLoggerConfiguration.setTrace(true);
    }
  }

  private JavacordClients() {}

  static DiscordApiBuilder builder(DiscordEmulator emulator, String token) {
    return new DiscordApiBuilder()
        .setToken(token)
        .setProxy(emulator.proxy())
        .setTrustAllCertificates(true);
  }

  static CompletableFuture<DiscordApi> login(DiscordEmulator emulator, Intent... extraIntents) {
    DiscordApiBuilder builder = builder(emulator, emulator.validToken());
    if (extraIntents.length > 0) {
      builder.addIntents(extraIntents);
    }
    return builder.login();
  }

  static DiscordApi loggedIn(DiscordEmulator emulator, Intent... extraIntents) {
    try {
      return login(emulator, extraIntents).get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("Javacord could not log in to the emulator", e);
    }
  }

  /** What every Newsdesk message carries: nobody gets pinged. */
  static AllowedMentions noPings() {
    return new AllowedMentionsBuilder().build();
  }

  static void disconnectQuietly(DiscordApi api) {
    if (api == null) {
      return;
    }
    try {
      api.disconnect().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
    } catch (RuntimeException e) {
      // Javacord may already be shutting its pools down (e.g. after a failed login).
    }
  }
}
