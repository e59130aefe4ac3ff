package io.newsdesk.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.ingest.OneLine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

  /** How long one wait for a task's end lasts; well within the client's 30-second time-out. */
  static final String TASK_WAIT = "20s";

  /**
   * Runs a request that may take longer than the client waits for an answer (a reindex or a
   * delete-by-query of many documents) as a task, and waits for its end; the task's result.
   *
   * @throws IOException when the task fails, times out on the cluster, or reports failures (a
   *     delete-by-query that stopped half-way answers so): what it did stays, and the caller's next
   *     run does it again
   */
  static JsonNode task(OpenSearchClient client, String endpoint, ObjectNode body)
      throws IOException {
    String started =
        post(
                client,
                endpoint + (endpoint.contains("?") ? "&" : "?") + "wait_for_completion=false",
                body)
            .path("task")
            .asText();
    if (started.isEmpty()) {
      throw new IOException("the cluster started no task for " + endpoint);
    }
    while (true) {
      JsonNode state =
          send(
              client,
              "GET",
              "/_tasks/" + started + "?wait_for_completion=true&timeout=" + TASK_WAIT,
              object());
      if (!state.path("completed").asBoolean(false)) {
        if (Thread.currentThread().isInterrupted()) {
          throw new java.io.InterruptedIOException("interrupted while waiting for " + endpoint);
        }
        continue;
      }
      if (state.has("error")) {
        throw new IOException(
            "the cluster's task "
                + endpoint
                + " failed: "
                + OneLine.of(state.path("error").toString(), 300));
      }
      JsonNode result = state.path("response");
      if (result.path("failures").size() > 0 || result.path("timed_out").asBoolean(false)) {
        throw new IOException(
            "the cluster's task "
                + endpoint
                + " stopped half-way: "
                + OneLine.of(result.path("failures").toString(), 300));
      }
      return result;
    }
  }

  /**
   * Creates, unless it is there, a small index of Newsdesk's own records (feed states, file
   * records): one shard, copied to a second node when there is one, only {@code keywords}
   * searchable (the rest kept in the source).
   */
  static void ensureRecordsIndex(OpenSearchClient client, String index, String... keywords)
      throws IOException {
    if (client.indices().exists(e -> e.index(index)).value()) {
      return;
    }
    ObjectNode body = object();
    body.putObject("settings").put("number_of_shards", 1).put("auto_expand_replicas", "0-1");
    ObjectNode mappings = body.putObject("mappings");
    mappings.put("dynamic", false);
    ObjectNode properties = mappings.putObject("properties");
    for (String keyword : keywords) {
      properties.putObject(keyword).put("type", "keyword");
    }
    try {
      send(client, "PUT", "/" + index, body);
    } catch (IOException e) {
      // Another process created it first: as good.
      if (!client.indices().exists(x -> x.index(index)).value()) {
        throw e;
      }
    }
  }

  /** Terms queries on {@code field}, {@code page} values at a time. */
  static List<ObjectNode> termsPages(String field, List<String> values, int page) {
    List<ObjectNode> pages = new ArrayList<>();
    for (int from = 0; from < values.size(); from += page) {
      ObjectNode terms = ClusterJson.object();
      ArrayNode list = terms.putObject("terms").putArray(field);
      values.subList(from, Math.min(values.size(), from + page)).forEach(list::add);
      pages.add(terms);
    }
    return pages;
  }
}
