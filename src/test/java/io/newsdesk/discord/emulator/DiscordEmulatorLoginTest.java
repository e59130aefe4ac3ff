package io.newsdesk.discord.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.javacord.api.DiscordApi;
import org.javacord.api.DiscordApiBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class DiscordEmulatorLoginTest {

  private DiscordEmulator emulator;
  private DiscordApi api;

  @AfterEach
  void tearDown() {
    if (api != null) {
      api.disconnect().join();
    }
    if (emulator != null) {
      emulator.close();
    }
  }

  @Test
  @DisplayName("A real Javacord client logs in through the emulator and sees the guild and channel")
  void login() throws Exception {
    emulator = DiscordEmulator.start();
    api =
        new DiscordApiBuilder()
            .setToken(emulator.validToken())
            .setProxy(emulator.proxy())
            .setTrustAllCertificates(true)
            .login()
            .get(20, TimeUnit.SECONDS);
    System.out.println("REST: " + emulator.restCalls());
    System.out.println("unknown: " + emulator.unknownRoutes());
    System.out.println("violations: " + emulator.violations());
    assertThat(api.getYourself().getId()).isEqualTo(emulator.world().bot().id());
    assertThat(api.getServerTextChannelById(emulator.world().newsChannel().id())).isPresent();
    assertThat(emulator.violations()).isEmpty();
  }
}
