package io.newsdesk.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns raw file bytes into text: UTF-8, or UTF-16 when a byte order mark says so (as Windows
 * editors save "Unicode" text). Binary files and text in other encodings are refused with a reason.
 */
final class TextDecoder {
  private static final int BINARY_PROBE = 8192;

  private TextDecoder() {}

  static String decode(Path file, byte[] bytes) throws IngestException {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      skip = 3;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else {
      for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
        if (bytes[i] == 0) {
          throw new IngestException(
              IngestProblem.of(
                  file, IngestProblem.Kind.BINARY, "contains NUL bytes: not a text file"));
        }
      }
    }
    String text;
    try {
      text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
              .toString();
    } catch (CharacterCodingException e) {
      throw new IngestException(
          IngestProblem.of(
              file,
              IngestProblem.Kind.BAD_ENCODING,
              "not valid " + charset.name() + " (" + e.getMessage() + ")"));
    }
    if (text.indexOf('\0') >= 0) {
      throw new IngestException(
          IngestProblem.of(file, IngestProblem.Kind.BINARY, "contains NUL characters"));
    }
    if (text.isBlank()) {
      throw new IngestException(IngestProblem.of(file, IngestProblem.Kind.EMPTY, "file is empty"));
    }
    return text;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
