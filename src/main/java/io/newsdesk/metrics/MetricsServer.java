package io.newsdesk.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the meters at {@code http://ADDRESS:PORT/metrics} in Prometheus' text format, with the
 * JVM's own (memory, GC, threads, CPU, uptime) beside Newsdesk's. One thread; nothing else is
 * served there.
 */
public final class MetricsServer implements Closeable {
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;
  private final HttpServer server;
  private final ExecutorService thread;
  private final JvmGcMetrics gc;

  private MetricsServer(
      PrometheusMeterRegistry registry,
      HttpServer server,
      ExecutorService thread,
      JvmGcMetrics gc) {
    this.registry = registry;
    this.server = server;
    this.thread = thread;
    this.gc = gc;
  }

  /**
   * Starts serving, and recording into Prometheus' registry from now on.
   *
   * @param port the port, or 0 for any free one (tests)
   * @throws IOException when the address is not one of this machine or the port is taken
   */
  public static MetricsServer start(String address, int port) throws IOException {
    InetSocketAddress where = new InetSocketAddress(InetAddress.getByName(address), port);
    HttpServer server = HttpServer.create(where, 0);
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    ExecutorService thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "newsdesk-metrics");
              t.setDaemon(true);
              return t;
            });
    server.createContext("/metrics", exchange -> scrape(exchange, registry));
    server.setExecutor(thread);
    server.start();
    Metrics.addRegistry(registry);
    return new MetricsServer(registry, server, thread, gc);
  }

  private static void scrape(HttpExchange exchange, PrometheusMeterRegistry registry)
      throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** The port it listens on (the one chosen when started with 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** What a scrape returns now. */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    Metrics.removeRegistry(registry);
    server.stop(0);
    thread.shutdownNow();
    gc.close();
    registry.close();
  }
}
