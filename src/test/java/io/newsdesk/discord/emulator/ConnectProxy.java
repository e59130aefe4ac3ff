package io.newsdesk.discord.emulator;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * An HTTP CONNECT proxy on 127.0.0.1 that does not tunnel anywhere: it terminates TLS for Discord's
 * hosts itself and serves the emulator in-process. OkHttp (REST) and nv-websocket-client (gateway)
 * both send a plain {@code CONNECT host:443 HTTP/1.1} and start TLS after the 200.
 */
final class ConnectProxy implements AutoCloseable {

  /** What the proxy serves once the tunnel is open. */
  interface Site {
    HttpResponse handle(String host, HttpRequest request);

    /** Takes over an upgraded connection; returns when the websocket is finished. */
    void serveWebSocket(String host, HttpRequest upgrade, WebSocketConnection connection);
  }

  private final ServerSocket server;
  private final SSLContext tls;
  private final Site site;
  private final Consumer<String> onUnknownHost;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  ConnectProxy(SSLContext tls, Site site, Consumer<String> onUnknownHost) throws IOException {
    this.tls = tls;
    this.site = site;
    this.onUnknownHost = onUnknownHost;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "discord-emulator-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  Proxy proxy() {
    return new Proxy(Proxy.Type.HTTP, address());
  }

  InetSocketAddress address() {
    return new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket client = server.accept();
        open.add(client);
        Thread worker = new Thread(() -> serve(client), "discord-emulator-proxy-conn");
        worker.setDaemon(true);
        worker.start();
      } catch (IOException e) {
        if (!closed) {
          onUnknownHost.accept("proxy accept failed: " + e);
        }
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      InputStream rawIn = client.getInputStream();
      String requestLine = HttpRequest.readLine(rawIn);
      if (requestLine == null) {
        return;
      }
      HttpRequest.readHeaders(rawIn);
      String[] parts = requestLine.split(" ");
      String authority = parts.length == 3 ? parts[1].toLowerCase(Locale.ROOT) : "";
      String host =
          authority.endsWith(":443") ? authority.substring(0, authority.length() - 4) : "";
      if (!parts[0].equals("CONNECT") || !TestCertificate.HOSTS.contains(host)) {
        onUnknownHost.accept("the proxy was asked for '" + requestLine + "'");
        reply(client.getOutputStream(), "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
        return;
      }
      reply(client.getOutputStream(), "HTTP/1.1 200 Connection established\r\n\r\n");
      SSLSocket tlsSocket =
          (SSLSocket) tls.getSocketFactory().createSocket(client, host, 443, true);
      open.add(tlsSocket);
      tlsSocket.setUseClientMode(false);
      tlsSocket.startHandshake();
      serveHttp(host, tlsSocket);
    } catch (IOException e) {
      // The client went away (Javacord disconnects, tests end): nothing to report.
    } finally {
      open.remove(client);
    }
  }

  private void serveHttp(String host, SSLSocket socket) throws IOException {
    InputStream in = new BufferedInputStream(socket.getInputStream());
    OutputStream out = new BufferedOutputStream(socket.getOutputStream());
    while (!closed) {
      var next = HttpRequest.read(in);
      if (next.isEmpty()) {
        return;
      }
      HttpRequest request = next.get();
      if (request.isWebSocketUpgrade()) {
        site.serveWebSocket(host, request, WebSocketConnection.accept(request, socket, in, out));
        return;
      }
      site.handle(host, request).writeTo(out);
      if (request.header("connection").map(c -> c.equalsIgnoreCase("close")).orElse(false)) {
        return;
      }
    }
  }

  private static void reply(OutputStream out, String head) throws IOException {
    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException ignored) {
      // already closed
    }
    for (Socket socket : open) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // already closed
      }
    }
  }
}
