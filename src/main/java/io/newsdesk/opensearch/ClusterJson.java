package io.newsdesk.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.ingest.OneLine;
import java.io.IOException;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * Requests with JSON bodies written as the OpenSearch documentation writes them (searches,
 * aggregations, suggestions), and their answers as JSON.
 */
final class ClusterJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ClusterJson() {}

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /**
   * Sends a POST to {@code endpoint}; its answer.
   *
   * @throws IOException when the cluster cannot be reached or refuses the request (status 4xx or
   *     5xx: the message names the endpoint, the status and the start of the answer)
   */
  static JsonNode post(OpenSearchClient client, String endpoint, ObjectNode body)
      throws IOException {
    return send(client, "POST", endpoint, body);
  }

  /** The same with another method ({@code PUT}, …). */
  static JsonNode send(OpenSearchClient client, String method, String endpoint, ObjectNode body)
      throws IOException {
    try (Response response =
        client
            .generic()
            .execute(
                Requests.builder()
                    .method(method)
                    .endpoint(endpoint)
                    .json(JSON.writeValueAsString(body))
                    .build())) {
      String text = response.getBody().map(b -> b.bodyAsString()).orElse("{}");
      if (response.getStatus() >= 300) {
        throw new IOException(
            "the cluster refused "
                + method
                + " "
                + endpoint
                + ": HTTP "
                + response.getStatus()
                + " "
                + OneLine.of(text, 300));
      }
      return JSON.readTree(text);
    }
  }
}
