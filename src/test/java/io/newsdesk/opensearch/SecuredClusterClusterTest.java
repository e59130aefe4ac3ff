package io.newsdesk.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.SeedArticles;
import io.newsdesk.answer.Answer;
import io.newsdesk.app.Newsdesk;
import io.newsdesk.discord.emulator.TestCertificate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster behind HTTPS and a password, as a secured production cluster is: Newsdesk fills it and
 * answers from it with the user name and password from the environment; a wrong password, or a
 * certificate nobody vouches for (with {@code tls-verify} on), is one line that shows no password.
 */
final class SecuredClusterClusterTest {
  private static final String PASSWORD = "s3cret-Pass-9";

  @TempDir Path dir;

  private Path config(String url, boolean verify) throws Exception {
    Path articles = dir.resolve("articles");
    if (!Files.exists(articles)) {
      SeedArticles.copyInto(articles);
    }
    return Files.writeString(
        dir.resolve(verify ? "verify.yaml" : "trusting.yaml"),
        "articles:\n  paths: ["
            + articles
            + "]\nindex:\n  path: state\n  backend: opensearch\n  semantic: false\n"
            + "opensearch:\n  index-prefix: secured\n  tls-verify: "
            + verify
            + "\n  hosts: ["
            + url
            + "]\n");
  }

  private Map<String, String> env(String password) {
    return Map.of(
        "NEWSDESK_HOME",
        dir.toString(),
        OpenSearchLogin.USERNAME,
        "newsdesk",
        OpenSearchLogin.PASSWORD,
        password);
  }

  @Test
  @DisplayName(
      "HTTPS and a password: filled and answered; a wrong password or certificate is one line")
  void securedCluster() throws Exception {
    try (TestCluster cluster = TestCluster.start(1, Map.of());
        TlsLoginProxy proxy =
            new TlsLoginProxy(
                TestCertificate.serverContext(), cluster.hosts().get(0), "newsdesk", PASSWORD)) {
      Path trusting = config(proxy.url(), false);

      Newsdesk.ClusterFill fill = Newsdesk.fillCluster(Optional.of(trusting), env(PASSWORD), false);
      Answer answer;
      try (Newsdesk newsdesk = Newsdesk.forReading(Optional.of(trusting), env(PASSWORD))) {
        answer = newsdesk.answers().ask("Will Ukraine join NATO?", newsdesk.askOptions());
      }

      assertThat(fill.files().articles()).isEqualTo(2);
      assertThat(answer.status()).isEqualTo(Answer.Status.ANSWERED);
      assertThat(proxy.authorizations()).as("requests went through the proxy").isNotEmpty();
      assertThat(proxy.authorizations().stream().filter(a -> !a.isEmpty()))
          .as("every authorised request carried the right login")
          .allMatch(a -> a.startsWith("Basic "));

      assertThatThrownBy(() -> Newsdesk.forReading(Optional.of(trusting), env("wrong-password")))
          .hasMessageStartingWith("cannot read the OpenSearch cluster at " + proxy.url())
          .hasMessageContaining(
              "it refused the user name and password in NEWSDESK_OPENSEARCH_USERNAME and"
                  + " NEWSDESK_OPENSEARCH_PASSWORD")
          .hasMessageNotContaining("wrong-password")
          .hasMessageNotContaining(PASSWORD)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));

      assertThatThrownBy(
              () -> Newsdesk.fillCluster(Optional.of(trusting), env("wrong-password"), false))
          .hasMessageStartingWith("cannot fill the OpenSearch cluster at " + proxy.url())
          .hasMessageContaining("it refused the user name and password")
          .hasMessageNotContaining("wrong-password");

      Path verifying = config(proxy.url(), true);
      assertThatThrownBy(() -> Newsdesk.forReading(Optional.of(verifying), env(PASSWORD)))
          .hasMessageStartingWith("cannot read the OpenSearch cluster at " + proxy.url())
          .hasMessageContaining("its TLS certificate is not trusted here")
          .hasMessageNotContaining(PASSWORD)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }
}
