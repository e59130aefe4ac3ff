package io.newsdesk.discord.emulator;

import org.javacord.api.DiscordApi;
import org.javacord.api.entity.intent.Intent;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh emulator per test and a real Javacord client logged in to it through its proxy, both
 * closed after the test. Register it with {@code @RegisterExtension} on an instance field.
 */
final class JavacordSession implements AfterEachCallback {
  private DiscordEmulator emulator;
  private DiscordApi api;

  DiscordEmulator start() {
    return start(EmulatorConfig.defaults());
  }

  DiscordEmulator start(EmulatorConfig config) {
    emulator = DiscordEmulator.start(config);
    return emulator;
  }

  /** Logs a Javacord client in to the emulator, starting one with the defaults if none is yet. */
  DiscordApi logIn(Intent... extraIntents) {
    if (emulator == null) {
      start();
    }
    api = JavacordClients.loggedIn(emulator, extraIntents);
    return api;
  }

  DiscordEmulator emulator() {
    return emulator;
  }

  DiscordApi api() {
    return api;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    JavacordClients.disconnectQuietly(api);
    if (emulator != null) {
      emulator.close();
    }
  }
}
