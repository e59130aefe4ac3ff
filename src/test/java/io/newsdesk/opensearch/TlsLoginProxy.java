package io.newsdesk.opensearch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * What a secured cluster looks like from outside, for tests: HTTPS with a self-signed certificate,
 * and HTTP Basic authentication (a 401 with a challenge without the right user name and password),
 * in front of an in-process node that has neither. Every request's Authorization header is kept.
 */
final class TlsLoginProxy implements AutoCloseable {
  private final HttpsServer server;
  private final HttpClient forward = HttpClient.newHttpClient();
  private final String upstream;
  private final String expected;
  private final List<String> authorizations = new CopyOnWriteArrayList<>();

  TlsLoginProxy(SSLContext tls, String upstream, String username, String password)
      throws IOException {
    this.upstream = upstream;
    this.expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "https://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The Authorization header of every request, "" when it had none. */
  List<String> authorizations() {
    return List.copyOf(authorizations);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      authorizations.add(authorization == null ? "" : authorization);
      if (!expected.equals(authorization)) {
        exchange
            .getResponseHeaders()
            .set("WWW-Authenticate", "Basic realm=\"OpenSearch Security\"");
        byte[] body =
            "{\"error\":\"Unauthorized\",\"status\":401}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(401, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
        return;
      }
      byte[] request = exchange.getRequestBody().readAllBytes();
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create(upstream + exchange.getRequestURI()))
              .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(request));
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      if (type != null) {
        builder.header("Content-Type", type);
      }
      HttpResponse<byte[]> response;
      try {
        response = forward.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        exchange.sendResponseHeaders(503, -1);
        return;
      }
      response
          .headers()
          .firstValue("Content-Type")
          .ifPresent(t -> exchange.getResponseHeaders().set("Content-Type", t));
      byte[] body = response.body();
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(
          response.statusCode(), head || body.length == 0 ? -1 : body.length);
      if (!head && body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
