package io.newsdesk.discord.emulator;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One HTTP/1.1 request as read off the emulator's TLS socket; header names are lower case. */
record HttpRequest(
    String method, String path, String query, Map<String, String> headers, byte[] body) {

  private static final int MAX_HEAD_LINE = 16 * 1024;
  private static final int MAX_BODY = 32 * 1024 * 1024;

  Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  boolean isWebSocketUpgrade() {
    return header("upgrade").map(u -> u.equalsIgnoreCase("websocket")).orElse(false);
  }

  /** Reads the next request, or returns empty when the client closed the connection cleanly. */
  static Optional<HttpRequest> read(InputStream in) throws IOException {
    String requestLine = readLine(in);
    if (requestLine == null) {
      return Optional.empty();
    }
    String[] parts = requestLine.split(" ");
    if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP/1.1 request line: " + requestLine);
    }
    Map<String, String> headers = readHeaders(in);
    String target = parts[1];
    int question = target.indexOf('?');
    String path = question < 0 ? target : target.substring(0, question);
    String query = question < 0 ? "" : target.substring(question + 1);
    byte[] body = readBody(in, headers);
    return Optional.of(new HttpRequest(parts[0], path, query, headers, body));
  }

  /** Reads header lines up to the blank line; used for CONNECT too, so it never reads ahead. */
  static Map<String, String> readHeaders(InputStream in) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        headers.merge(name, line.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
      }
    }
    return headers;
  }

  /** Reads one CRLF-terminated line byte by byte; null at end of stream before any byte. */
  static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int length =
            bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
      }
      line.write(b);
      if (line.size() > MAX_HEAD_LINE) {
        throw new IOException("header line too long");
      }
    }
    if (line.size() == 0) {
      return null;
    }
    throw new EOFException("connection closed in the middle of a line");
  }

  private static byte[] readBody(InputStream in, Map<String, String> headers) throws IOException {
    String chunked = headers.getOrDefault("transfer-encoding", "");
    if (chunked.toLowerCase(Locale.ROOT).contains("chunked")) {
      return readChunked(in);
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0").trim());
    if (length < 0 || length > MAX_BODY) {
      throw new IOException("bad content-length " + length);
    }
    return in.readNBytes(length);
  }

  private static byte[] readChunked(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine(in);
      if (sizeLine == null) {
        throw new EOFException("connection closed inside a chunked body");
      }
      int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
      if (size == 0) {
        readHeaders(in); // trailers
        return body.toByteArray();
      }
      body.write(in.readNBytes(size));
      readLine(in);
      if (body.size() > MAX_BODY) {
        throw new IOException("chunked body too large");
      }
    }
  }
}
