package io.newsdesk.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.config.Config;
import io.newsdesk.config.ConfigException;
import io.newsdesk.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class OpenSearchConfigTest {
  @TempDir Path dir;

  private Config load(String yaml, Map<String, String> env) throws IOException {
    Path file = dir.resolve("newsdesk.yaml");
    Files.writeString(file, "articles:\n  paths: [seeds]\n" + yaml);
    return ConfigLoader.load(file, env);
  }

  @Test
  @DisplayName("without an opensearch section: the Lucene backend, prefix newsdesk, TLS checked")
  void defaults() throws IOException {
    Config config = load("", Map.of());

    assertThat(config.index().backend()).isEqualTo(Config.Index.LUCENE);
    assertThat(config.opensearch()).isEqualTo(Config.OpenSearch.defaults());
    assertThat(config.opensearch().tlsVerify()).isTrue();
  }

  @Test
  @DisplayName("hosts and prefix from the file; credentials variables are not config keys")
  void section() throws IOException {
    Config config =
        load(
            "index:\n  backend: opensearch\nopensearch:\n  hosts: [https://search-1:9200, http://10.0.0.2:9200]\n  index-prefix: news_eu\n",
            Map.of(OpenSearchLogin.USERNAME, "bot", OpenSearchLogin.PASSWORD, "s3cret"));

    assertThat(config.index().backend()).isEqualTo(Config.Index.OPENSEARCH);
    assertThat(config.opensearch().hosts())
        .containsExactly("https://search-1:9200", "http://10.0.0.2:9200");
    assertThat(config.opensearch().indexPrefix()).isEqualTo("news_eu");
    assertThat(config.opensearch().shards()).isOne();
    assertThat(config.opensearch().replicas()).isOne();
  }

  @Test
  @DisplayName("shards and replicas from the file or the environment, within bounds")
  void shardsAndReplicas() throws IOException {
    Config config = load("opensearch:\n  shards: 6\n", Map.of("NEWSDESK_OPENSEARCH_REPLICAS", "2"));

    assertThat(config.opensearch().shards()).isEqualTo(6);
    assertThat(config.opensearch().replicas()).isEqualTo(2);
    assertThatThrownBy(() -> load("opensearch:\n  shards: 0\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("opensearch.shards: must be 1 to 1024, was 0");
    assertThatThrownBy(() -> load("opensearch:\n  replicas: -1\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("opensearch.replicas: must be 0 to 16, was -1");
  }

  @Test
  @DisplayName("a wrong backend, host or prefix stops loading with the key named")
  void wrongValues() {
    assertThatThrownBy(() -> load("index:\n  backend: elastic\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("index.backend: must be lucene or opensearch");
    assertThatThrownBy(() -> load("opensearch:\n  hosts: [search-1:9200]\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("opensearch.hosts:");
    assertThatThrownBy(() -> load("opensearch:\n  index-prefix: News\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("opensearch.index-prefix:");
  }

  @Test
  @DisplayName("the login: both variables or neither, and the password never in its text")
  void login() {
    assertThat(OpenSearchLogin.fromEnvironment(Map.of())).isEmpty();
    OpenSearchLogin login =
        OpenSearchLogin.fromEnvironment(
                Map.of(OpenSearchLogin.USERNAME, "bot", OpenSearchLogin.PASSWORD, "s3cret"))
            .orElseThrow();
    assertThat(login.toString()).contains("bot").doesNotContain("s3cret");
    assertThatThrownBy(
            () -> OpenSearchLogin.fromEnvironment(Map.of(OpenSearchLogin.USERNAME, "bot")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(OpenSearchLogin.PASSWORD);
  }

  @Test
  @DisplayName("synonym rules keep the one-word entries, as the embedded side does")
  void synonymRules() {
    List<String> rules = ClusterAnalysis.synonymRules(ClusterAnalysis.ANSWER_LISTS);

    assertThat(rules).contains("join, membership, member, accession");
    assertThat(rules).anySatisfy(r -> assertThat(r).startsWith("leader, president, chief"));
    assertThat(String.join("\n", rules))
        .doesNotContain("step down")
        .doesNotContain("prime minister");
  }
}
