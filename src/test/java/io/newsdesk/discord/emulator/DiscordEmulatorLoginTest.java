package io.newsdesk.discord.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.javacord.api.DiscordApi;
import org.javacord.api.entity.intent.Intent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class DiscordEmulatorLoginTest {

  @RegisterExtension final JavacordSession session = new JavacordSession();

  private DiscordEmulator emulator() {
    return session.emulator();
  }

  @Test
  @DisplayName("A real Javacord client logs in through the emulator and sees the guild and channel")
  void loginCompletes() {
    // GIVEN a fresh emulator
    session.start(EmulatorConfig.defaults().withUnknownRoutesAsViolations());

    // WHEN Javacord logs in through its proxy
    DiscordApi api = session.logIn();

    // THEN it knows itself, the guild and its channel, having called only the login routes
    // (Javacord caches the gateway URL in a static field: GET /gateway happens once per JVM)
    assertThat(api.getYourself().getId()).isEqualTo(emulator().world().bot().id());
    assertThat(api.getServerById(emulator().world().guild().id())).isPresent();
    assertThat(api.getServerTextChannelById(emulator().world().newsChannel().id())).isPresent();
    assertThat(emulator().restCalls())
        .contains("GET /oauth2/applications/@me")
        .isSubsetOf("GET /gateway", "GET /oauth2/applications/@me");
    assertThat(emulator().violations()).isEmpty();
  }

  @Test
  @DisplayName("A wrong token makes login fail: the gateway closes with 4004")
  void wrongTokenFailsLogin() {
    session.start();

    var login = JavacordClients.builder(emulator(), emulator().validToken() + "x").login();

    assertThatThrownBy(() -> login.get(20, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasMessageContaining("Websocket closed before READY");
    assertThat(emulator().gatewayCloseCodes()).containsExactly(4004);
  }

  @Test
  @DisplayName("Asking for MESSAGE_CONTENT without it granted closes the gateway with 4014")
  void refusedPrivilegedIntent() {
    session.start();

    var login = JavacordClients.login(emulator(), Intent.MESSAGE_CONTENT);

    assertThatThrownBy(() -> login.get(20, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class);
    assertThat(emulator().gatewayCloseCodes()).containsExactly(4014);
  }

  @Test
  @DisplayName("A granted MESSAGE_CONTENT intent lets login succeed")
  void grantedPrivilegedIntent() {
    session.start(EmulatorConfig.defaults().withPrivilegedIntents(EmulatorConfig.MESSAGE_CONTENT));

    session.logIn(Intent.MESSAGE_CONTENT);

    assertThat(emulator().botConnected()).isTrue();
    assertThat(emulator().gatewayCloseCodes()).isEmpty();
  }

  @Test
  @DisplayName("After a forced disconnect (4000) Javacord resumes its gateway session")
  void forcedDisconnectIsResumed() throws InterruptedException {
    // GIVEN a logged-in client that reports resumes
    DiscordApi api = session.logIn();
    api.setReconnectDelay(attempt -> 0);
    CountDownLatch resumed = new CountDownLatch(1);
    api.addResumeListener(event -> resumed.countDown());

    // WHEN the emulator closes the gateway with a resumable code
    emulator().disconnect();

    // THEN Javacord reconnects and resumes (it waits out its own 5 s IDENTIFY spacing first)
    assertThat(resumed.await(20, TimeUnit.SECONDS)).isTrue();
    assertThat(emulator().resumeCount()).isEqualTo(1);
    assertThat(emulator().botConnected()).isTrue();
    assertThat(emulator().gatewayCloseCodes()).containsExactly(4000);
    assertThat(emulator().violations()).isEmpty();
  }
}
