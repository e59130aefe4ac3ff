package io.newsdesk.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Turns raw file bytes into text, refusing binary files and anything that is not UTF-8. */
final class TextDecoder {
  private static final int BINARY_PROBE = 8192;

  private TextDecoder() {}

  static String decode(Path file, byte[] bytes) throws IngestException {
    for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
      if (bytes[i] == 0) {
        throw new IngestException(
            IngestProblem.of(
                file, IngestProblem.Kind.BINARY, "contains NUL bytes: not a text file"));
      }
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new IngestException(
          IngestProblem.of(
              file, IngestProblem.Kind.BAD_ENCODING, "not valid UTF-8 (" + e.getMessage() + ")"));
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new IngestException(IngestProblem.of(file, IngestProblem.Kind.EMPTY, "file is empty"));
    }
    return text;
  }
}
