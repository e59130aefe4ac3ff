package io.newsdesk.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** One scrape of a {@link MetricsServer} over HTTP, as Prometheus reads it. */
public record Scraped(int status, String contentType, String body) {

  public static Scraped from(MetricsServer server) throws IOException, InterruptedException {
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/metrics"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new Scraped(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    }
  }

  /**
   * The value of one sample, e.g. {@code
   * newsdesk_questions_total{command="ask",outcome="answered"}} (labels in the order Prometheus
   * writes them, alphabetical); 0 when the sample is not there.
   */
  public double value(String sample) {
    List<String> lines = body.lines().filter(l -> l.startsWith(sample + " ")).toList();
    if (lines.size() > 1) {
      throw new AssertionError("more than one sample " + sample);
    }
    return lines.isEmpty() ? 0 : Double.parseDouble(lines.get(0).substring(sample.length() + 1));
  }

  /**
   * How many observations of a histogram were at most {@code seconds}, read at the smallest bucket
   * bound at or above it: {@code histogram} is the bucket's name and labels before {@code le}, e.g.
   * {@code newsdesk_answer_seconds_bucket{command="ask",}.
   */
  public double atMost(String histogram, double seconds) {
    return body.lines()
        .filter(l -> l.startsWith(histogram + "le=\""))
        .map(l -> l.substring(histogram.length() + 4))
        .filter(l -> !l.startsWith("+Inf"))
        .map(
            l ->
                new double[] {
                  Double.parseDouble(l.substring(0, l.indexOf('"'))),
                  Double.parseDouble(l.substring(l.indexOf(' ') + 1))
                })
        .filter(b -> b[0] >= seconds)
        .min(java.util.Comparator.comparingDouble(b -> b[0]))
        .map(b -> b[1])
        .orElseThrow(
            () -> new AssertionError("no bucket of " + histogram + " at or above " + seconds));
  }
}
