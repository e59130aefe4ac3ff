package io.newsdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class MetricsServerTest {
  private static final String ASKED =
      "newsdesk_questions_total{command=\"ask\",outcome=\"answered\"}";

  @Test
  @DisplayName("What the code records is served in Prometheus' text format, counted from the start")
  void servesWhatIsRecorded() throws Exception {
    try (MetricsServer server = MetricsServer.start("127.0.0.1", 0)) {
      Meters.question("ask", Meters.Outcome.ANSWERED, Duration.ofMillis(40));
      Meters.question("ask", Meters.Outcome.ANSWERED, Duration.ofMillis(2_500));
      Meters.question("ask", Meters.Outcome.REFUSED, Duration.ZERO);
      Meters.ingestProblem("bad_json");
      Meters.feedPoll("failed");

      Scraped scraped = Scraped.from(server);

      assertThat(scraped.status()).isEqualTo(200);
      assertThat(scraped.contentType()).startsWith("text/plain; version=0.0.4");
      assertThat(scraped.value(ASKED)).isEqualTo(2);
      assertThat(scraped.value("newsdesk_questions_total{command=\"ask\",outcome=\"refused\"}"))
          .isEqualTo(1);
      assertThat(scraped.value("newsdesk_answer_seconds_count{command=\"ask\"}"))
          .as("refusals take no answering time")
          .isEqualTo(2);
      String buckets = "newsdesk_answer_seconds_bucket{command=\"ask\",";
      assertThat(scraped.atMost(buckets, 0.05))
          .as("the 40 ms answer, not the 2.5 s one")
          .isEqualTo(1);
      assertThat(scraped.atMost(buckets, 3)).isEqualTo(2);
      assertThat(scraped.value("newsdesk_ingest_problems_total{kind=\"bad_json\"}")).isEqualTo(1);
      assertThat(scraped.value("newsdesk_feed_polls_total{outcome=\"failed\"}")).isEqualTo(1);
      assertThat(scraped.body())
          .contains("jvm_memory_used_bytes")
          .contains("process_uptime_seconds");
    }
  }

  @Test
  @DisplayName("Closed, it listens no more and records nothing more")
  void closes() throws Exception {
    MetricsServer server = MetricsServer.start("127.0.0.1", 0);
    server.close();

    assertThatThrownBy(() -> Scraped.from(server)).isInstanceOf(ConnectException.class);
    Meters.question("ask", Meters.Outcome.ANSWERED, Duration.ofMillis(1));
    try (MetricsServer next = MetricsServer.start("127.0.0.1", 0)) {
      assertThat(Scraped.from(next).value(ASKED)).as("a new registry starts from nothing").isZero();
    }
  }

  @Test
  @DisplayName("A port already taken is an error naming the cause, not a silent second server")
  void portTaken() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(() -> MetricsServer.start("127.0.0.1", taken.getLocalPort()))
          .isInstanceOf(java.net.BindException.class);
    }
  }
}
