package io.newsdesk.discord.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A throwaway self-signed certificate naming Discord's hosts, made once per test JVM.
 *
 * <p>Javacord trusts any certificate when {@code setTrustAllCertificates(true)} is set, but OkHttp
 * and nv-websocket-client still verify the host name, so the certificate must carry {@code
 * discord.com} and {@code gateway.discord.gg} as subject alternative names. The JDK's keytool makes
 * it (see the pom for why not BouncyCastle); the key never leaves the temp dir and the JVM.
 */
public final class TestCertificate {

  static final List<String> HOSTS = List.of("discord.com", "gateway.discord.gg");
  private static final char[] PASSWORD = "emulator".toCharArray();
  private static SSLContext serverContext;

  private TestCertificate() {}

  /** The server-side TLS context of the emulator; HTTP/1.1 only, since it offers no ALPN. */
  public static synchronized SSLContext serverContext() {
    if (serverContext == null) {
      serverContext = createServerContext();
    }
    return serverContext;
  }

  private static SSLContext createServerContext() {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("discord-emulator-tls");
      Path store = dir.resolve("discord.p12");
      runKeytool(store);
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(store)) {
        keyStore.load(in, PASSWORD);
      }
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(keyStore, PASSWORD);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the emulator's test certificate", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot load the emulator's test certificate", e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private static void runKeytool(Path store) throws IOException {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    String san = "SAN=" + String.join(",", HOSTS.stream().map(h -> "dns:" + h).toList());
    Process process =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                "discord",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=discord.com",
                "-ext",
                san,
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                new String(PASSWORD),
                "-keypass",
                new String(PASSWORD))
            .redirectErrorStream(true)
            .start();
    try {
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException("keytool failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
      throw new IOException("interrupted while running keytool", e);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(dir);
    } catch (IOException ignored) {
      // A leftover temp file with a test-only key is harmless.
    }
  }
}
