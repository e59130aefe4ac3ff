package io.newsdesk.feeds;

import io.newsdesk.config.Fetch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * GETs feeds and pages politely: a User-Agent naming Newsdesk, conditional requests, a timeout, a
 * size limit, redirects followed (a loop ends in an error), one request at a time per host.
 */
public final class HttpFetcher {
  private final HttpClient client;
  private final Fetch settings;
  private final HostGate gate;

  /** Closes a body still being read when its whole exchange took too long (a trickling server). */
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("newsdesk-fetch-watchdog").daemon().factory());

  public HttpFetcher(Fetch settings) {
    this.settings = settings;
    this.gate = new HostGate(settings.hostInterval());
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(settings.timeout())
            .build();
  }

  /** How many redirects one GET follows; more is a loop, or near enough. */
  static final int MAX_REDIRECTS = 5;

  /**
   * GETs {@code uri}, following redirects; each address on the way must be public unless {@code
   * mayReachPrivate}.
   *
   * @param etag sent as If-None-Match, when known
   * @param lastModified sent as If-Modified-Since, when known
   * @param maxBytes a body longer than this is refused
   * @throws FetchException with the reason in a few words
   */
  Fetched get(
      URI uri,
      Optional<String> etag,
      Optional<String> lastModified,
      long maxBytes,
      String accept,
      boolean mayReachPrivate)
      throws FetchException, InterruptedException {
    URI at = uri;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      check(at, mayReachPrivate);
      HttpResponse<InputStream> response = send(at, etag, lastModified, accept);
      Optional<URI> next = redirect(at, response);
      if (next.isEmpty()) {
        try {
          return read(response, maxBytes);
        } catch (IOException e) {
          throw new FetchException("network error: " + e.getMessage());
        }
      }
      close(response);
      at = next.get();
    }
    throw new FetchException("too many redirects (a loop?)");
  }

  private static void check(URI uri, boolean mayReachPrivate) throws FetchException {
    String scheme = String.valueOf(uri.getScheme()).toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException("not an http or https address: " + uri);
    }
    if (mayReachPrivate) {
      return;
    }
    try {
      if (Addresses.isPrivate(uri)) {
        throw new FetchException(
            uri.getHost()
                + " is a private or local address; set fetch.allow-private-addresses: true to"
                + " fetch from it");
      }
    } catch (UnknownHostException e) {
      throw new FetchException("unknown host " + uri.getHost());
    }
  }

  private HttpResponse<InputStream> send(
      URI uri, Optional<String> etag, Optional<String> lastModified, String accept)
      throws FetchException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.timeout())
            .header("User-Agent", settings.userAgent())
            .header("Accept", accept)
            .header("Accept-Encoding", "gzip")
            .GET();
    etag.ifPresent(e -> request.header("If-None-Match", e));
    lastModified.ifPresent(m -> request.header("If-Modified-Since", m));
    try (HostGate.Turn turn = gate.enter(String.valueOf(uri.getHost()))) {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new FetchException("timed out after " + settings.timeout().toSeconds() + " s");
    } catch (ConnectException e) {
      throw new FetchException("connection refused or host unreachable");
    } catch (UnknownHostException e) {
      throw new FetchException("unknown host " + uri.getHost());
    } catch (IOException e) {
      throw new FetchException("network error: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new FetchException("not a fetchable address: " + e.getMessage());
    }
  }

  /** Where a 301, 302, 303, 307 or 308 points, resolved against the address it came from. */
  private static Optional<URI> redirect(URI from, HttpResponse<InputStream> response)
      throws FetchException {
    int status = response.statusCode();
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
      return Optional.empty();
    }
    Optional<String> location = response.headers().firstValue("Location");
    if (location.isEmpty()) {
      return Optional.empty(); // reported as the HTTP status it is
    }
    try {
      return Optional.of(from.resolve(location.get().strip()));
    } catch (IllegalArgumentException e) {
      close(response);
      throw new FetchException("a redirect to a bad address: " + location.get());
    }
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException e) {
      // the body of a redirect is never read
    }
  }

  private Fetched read(HttpResponse<InputStream> response, long maxBytes)
      throws IOException, FetchException {
    HttpHeaders headers = response.headers();
    int status = response.statusCode();
    InputStream body = response.body();
    ScheduledFuture<?> watchdog =
        WATCHDOG.schedule(
            () -> {
              try {
                body.close();
              } catch (IOException e) {
                // closing is all we wanted
              }
            },
            settings.timeout().toMillis() * 2,
            TimeUnit.MILLISECONDS);
    try (body) {
      if (status == 304) {
        return new Fetched(
            response.uri(),
            true,
            new byte[0],
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
      }
      if (status >= 300) {
        throw new FetchException(
            "HTTP "
                + status
                + (status >= 300 && status < 400 ? " (a redirect without Location)" : ""),
            retryAfter(headers));
      }
      byte[] bytes = limited(body, headers, maxBytes);
      return new Fetched(
          response.uri(),
          false,
          bytes,
          headers.firstValue("Content-Type"),
          headers.firstValue("ETag"),
          headers.firstValue("Last-Modified"));
    } catch (IOException e) {
      if (watchdog.isDone()) {
        throw new FetchException(
            "the body took longer than " + settings.timeout().toSeconds() * 2 + " s to arrive");
      }
      throw e;
    } finally {
      watchdog.cancel(false);
    }
  }

  private static byte[] limited(InputStream body, HttpHeaders headers, long maxBytes)
      throws IOException, FetchException {
    long declared = headers.firstValueAsLong("Content-Length").orElse(-1);
    if (declared > maxBytes) {
      throw new FetchException("larger than the limit (" + megabytes(declared) + ")");
    }
    InputStream in = body;
    if (headers.firstValue("Content-Encoding").map(e -> e.equalsIgnoreCase("gzip")).orElse(false)) {
      in = new GZIPInputStream(body);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    int n;
    while ((n = in.read(buffer)) > 0) {
      out.write(buffer, 0, n);
      if (out.size() > maxBytes) {
        throw new FetchException("larger than the limit (more than " + megabytes(maxBytes) + ")");
      }
    }
    return out.toByteArray();
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  private static Optional<Long> retryAfter(HttpHeaders headers) {
    return headers
        .firstValue("Retry-After")
        .flatMap(
            v -> {
              try {
                return Optional.of(Long.parseLong(v.strip()));
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            });
  }

  /** The configured timeout, for reasons that name it. */
  Duration timeout() {
    return settings.timeout();
  }
}
