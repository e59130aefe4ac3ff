package io.newsdesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Javacord's own dependency versions carry published advisories; the build pins fixed ones. These
 * checks fail if a change to the build lets the old versions back onto the classpath; the emulator
 * tests show Javacord still works on the pinned ones.
 */
@DisplayName("Javacord runs on the pinned, fixed versions of what it depends on")
final class DependencyPinsTest {

  private static String staticString(String type, String field) throws Exception {
    return (String) Class.forName(type).getField(field).get(null);
  }

  @Test
  @DisplayName("okhttp is 4.12 or newer, not the 4.9.3 Javacord asks for")
  void okhttp() throws Exception {
    assertThat(staticString("okhttp3.OkHttp", "VERSION")).isEqualTo("4.12.0");
  }

  @Test
  @DisplayName("kotlin-stdlib is 2.x, not the 1.4.10 Javacord asks for")
  void kotlin() throws Exception {
    Object current = Class.forName("kotlin.KotlinVersion").getField("CURRENT").get(null);
    assertThat(current.toString()).startsWith("2.");
  }

  @Test
  @DisplayName("okio is 3.x (okio 2.x has no okio.FileSystem)")
  void okio() throws Exception {
    assertThat(Class.forName("okio.FileSystem", false, getClass().getClassLoader()))
        .as("okio 3")
        .isNotNull();
  }

  @Test
  @DisplayName("BouncyCastle 1.60 and the voice encryption library are not on the classpath")
  void noVoiceCrypto() {
    assertThatThrownBy(() -> Class.forName("org.bouncycastle.jce.provider.BouncyCastleProvider"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("com.codahale.xsalsa20poly1305.SecretBox"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
