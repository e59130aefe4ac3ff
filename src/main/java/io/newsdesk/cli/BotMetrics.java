package io.newsdesk.cli;

import io.newsdesk.app.Newsdesk;
import io.newsdesk.config.Config;
import io.newsdesk.metrics.Meters;
import io.newsdesk.metrics.MetricsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's metrics endpoint, when {@code metrics.port} is set: started before indexing (so the
 * first run is counted), with the index's size and article count and the gateway connection read at
 * each scrape.
 */
final class BotMetrics implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BotMetrics.class);

  private final Optional<MetricsServer> server;
  private final AtomicBoolean connected = new AtomicBoolean();

  private BotMetrics(Optional<MetricsServer> server) {
    this.server = server;
  }

  static BotMetrics start(Newsdesk newsdesk) {
    Config.Metrics settings = newsdesk.config().metrics();
    if (!settings.enabled()) {
      return new BotMetrics(Optional.empty());
    }
    MetricsServer server;
    try {
      server = MetricsServer.start(settings.address(), settings.port());
    } catch (IOException e) {
      throw new NewsdeskCli.UserError(
          "cannot serve metrics on %s:%d (metrics.address, metrics.port): %s"
              .formatted(settings.address(), settings.port(), e.getMessage()));
    }
    BotMetrics metrics = new BotMetrics(Optional.of(server));
    Path folder = newsdesk.folder().path();
    Meters.index(() -> sizeOf(folder), () -> newsdesk.sources().articleCount());
    Meters.discordConnected(() -> metrics.connected.get() ? 1 : 0);
    LOG.info("metrics for Prometheus at http://{}:{}/metrics", settings.address(), server.port());
    return metrics;
  }

  void connected(boolean now) {
    connected.set(now);
  }

  /** Bytes of the files in the folder; a file removed while counting counts as nothing. */
  static long sizeOf(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(BotMetrics::sizeOrZero).sum();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  private static long sizeOrZero(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public void close() {
    server.ifPresent(MetricsServer::close);
  }
}
