package io.newsdesk.discord.emulator;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * The server end of an RFC 6455 websocket: enough for Discord's gateway (text frames, ping, close),
 * no extensions (the client's permessage-deflate offer is simply not accepted).
 */
final class WebSocketConnection implements AutoCloseable {

  private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
  private static final int MAX_MESSAGE = 16 * 1024 * 1024;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private volatile boolean closeSent;

  private WebSocketConnection(Socket socket, InputStream in, OutputStream out) {
    this.socket = socket;
    this.in = in;
    this.out = out;
  }

  /** Answers the upgrade request with 101 and returns the open connection. */
  static WebSocketConnection accept(
      HttpRequest upgrade, Socket socket, InputStream in, OutputStream out) throws IOException {
    String key =
        upgrade
            .header("sec-websocket-key")
            .orElseThrow(() -> new IOException("websocket upgrade without Sec-WebSocket-Key"));
    String head =
        "HTTP/1.1 101 Switching Protocols\r\n"
            + "Upgrade: websocket\r\n"
            + "Connection: Upgrade\r\n"
            + "Sec-WebSocket-Accept: "
            + acceptKey(key)
            + "\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return new WebSocketConnection(socket, in, out);
  }

  static String acceptKey(String key) {
    try {
      byte[] sha1 =
          MessageDigest.getInstance("SHA-1")
              .digest((key.trim() + GUID).getBytes(StandardCharsets.ISO_8859_1));
      return Base64.getEncoder().encodeToString(sha1);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required by every JDK", e);
    }
  }

  /** A complete message from the client. */
  record Message(boolean text, byte[] payload, int closeCode) {
    String asText() {
      return new String(payload, StandardCharsets.UTF_8);
    }

    boolean isClose() {
      return closeCode != 0;
    }
  }

  /**
   * Reads the next text or binary message, answering pings on the way; a close frame is returned as
   * a message with its close code (1005 when it carried none). Empty when the stream ended.
   */
  Optional<Message> readMessage() throws IOException {
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    Boolean text = null;
    while (true) {
      int b0 = in.read();
      if (b0 < 0) {
        return Optional.empty();
      }
      int b1 = readByte();
      boolean fin = (b0 & 0x80) != 0;
      int opcode = b0 & 0x0f;
      byte[] payload = readPayload(b1);
      switch (opcode) {
        case 0x8 -> {
          int code = payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
          return Optional.of(new Message(false, payload, code));
        }
        case 0x9 -> sendFrame(0xA, payload);
        case 0xA -> {
          // unsolicited pong: ignore
        }
        case 0x0, 0x1, 0x2 -> {
          if (opcode != 0) {
            text = opcode == 0x1;
          }
          message.write(payload);
          if (message.size() > MAX_MESSAGE) {
            throw new IOException("websocket message too large");
          }
          if (fin) {
            return Optional.of(new Message(Boolean.TRUE.equals(text), message.toByteArray(), 0));
          }
        }
        default -> throw new IOException("unknown websocket opcode " + opcode);
      }
    }
  }

  private byte[] readPayload(int b1) throws IOException {
    boolean masked = (b1 & 0x80) != 0;
    long length = b1 & 0x7f;
    if (length == 126) {
      length = (readByte() << 8) | readByte();
    } else if (length == 127) {
      length = 0;
      for (int i = 0; i < 8; i++) {
        length = (length << 8) | readByte();
      }
    }
    if (length > MAX_MESSAGE) {
      throw new IOException("websocket frame too large");
    }
    byte[] mask = masked ? in.readNBytes(4) : null;
    byte[] payload = in.readNBytes((int) length);
    if (payload.length != length) {
      throw new EOFException("websocket frame cut short");
    }
    if (mask != null) {
      for (int i = 0; i < payload.length; i++) {
        payload[i] ^= mask[i % 4];
      }
    }
    return payload;
  }

  private int readByte() throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException("websocket frame cut short");
    }
    return b;
  }

  void sendText(String text) throws IOException {
    sendFrame(0x1, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends a close frame (once) and then closes the socket. */
  void close(int code, String reason) {
    try {
      if (!closeSent) {
        closeSent = true;
        byte[] why = reason.getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[2 + why.length];
        payload[0] = (byte) (code >> 8);
        payload[1] = (byte) code;
        System.arraycopy(why, 0, payload, 2, why.length);
        sendFrame(0x8, payload);
      }
    } catch (IOException ignored) {
      // The peer is gone already; closing the socket below is all that is left to do.
    } finally {
      close();
    }
  }

  /** Drops the TCP connection without a close frame, like a network failure. */
  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // nothing left to release
    }
  }

  private synchronized void sendFrame(int opcode, byte[] payload) throws IOException {
    ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 10);
    frame.write(0x80 | opcode);
    if (payload.length < 126) {
      frame.write(payload.length);
    } else if (payload.length < 65536) {
      frame.write(126);
      frame.write(payload.length >> 8);
      frame.write(payload.length & 0xff);
    } else {
      frame.write(127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        frame.write((int) (((long) payload.length >> shift) & 0xff));
      }
    }
    frame.write(payload);
    out.write(frame.toByteArray());
    out.flush();
  }
}
