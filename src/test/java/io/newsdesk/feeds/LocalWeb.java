package io.newsdesk.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 for feed and page tests: each path answers what the test set, and
 * every request is recorded (with its headers) so tests can check what Newsdesk sent.
 */
public final class LocalWeb implements AutoCloseable {
  static {
    // Without TCP_NODELAY the JDK's server answers each request 40 ms late (Nagle's algorithm
    // meeting delayed ACKs), which would measure the server, not Newsdesk.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** One answer: status, headers, body; {@code delayMs} before answering. */
  public record Answer(int status, Map<String, String> headers, byte[] body, long delayMs) {
    public static Answer ok(String contentType, String body) {
      return new Answer(
          200, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8), 0);
    }

    public static Answer status(int status) {
      return new Answer(status, Map.of(), new byte[0], 0);
    }
  }

  /** A request as the server saw it. */
  public record Request(String path, Map<String, String> headers, long atNanos) {}

  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();

  public LocalWeb() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", this::handle);
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public void answer(String path, Answer answer) {
    answers.put(path, answer);
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public List<Request> requestsFor(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  /** The most requests that were being answered at the same time. */
  public int mostAtOnce() {
    return mostInFlight.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    int now = inFlight.incrementAndGet();
    mostInFlight.accumulateAndGet(now, Math::max);
    boolean answering = false;
    try {
      Map<String, String> headers = new ConcurrentHashMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
      String path = exchange.getRequestURI().getRawPath();
      if (exchange.getRequestURI().getRawQuery() != null) {
        path += "?" + exchange.getRequestURI().getRawQuery();
      }
      requests.add(new Request(path, headers, System.nanoTime()));
      Answer answer = answers.getOrDefault(path, Answer.status(404));
      if (answer.delayMs() > 0) {
        Thread.sleep(answer.delayMs());
      }
      answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      boolean empty = answer.body().length == 0 || answer.status() == 304;
      // a request stops counting as it is answered: a client that has read the answer may send
      // the next request before this thread gets past the write
      answering = true;
      inFlight.decrementAndGet();
      exchange.sendResponseHeaders(answer.status(), empty ? -1 : answer.body().length);
      if (!empty) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer.body());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client went away (a timeout, a size limit): nothing to answer
    } finally {
      if (!answering) {
        inFlight.decrementAndGet();
      }
      exchange.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
