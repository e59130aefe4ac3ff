package io.newsdesk.feeds;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page whose declared charset may be wrong or missing. Bytes that are valid UTF-8 are
 * read as UTF-8 whatever the header says (the usual wrong declaration is ISO-8859-1 on UTF-8
 * pages); otherwise the charset of the header, then of {@code <meta charset>}, then Windows-1252,
 * which decodes any byte.
 */
final class PageCharset {
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset=[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset=[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  private PageCharset() {}

  static String decode(byte[] bytes, Optional<String> contentType) {
    Optional<String> strict = strictly(bytes, StandardCharsets.UTF_8);
    if (strict.isPresent()) {
      return strip(strict.get());
    }
    Optional<Charset> declared = contentType.flatMap(type -> charset(HEADER_CHARSET.matcher(type)));
    if (declared.isEmpty()) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      declared = charset(META_CHARSET.matcher(head));
    }
    Charset charset =
        declared
            .filter(c -> !c.equals(StandardCharsets.UTF_8))
            .orElse(Charset.forName("windows-1252"));
    return strip(new String(bytes, charset));
  }

  private static Optional<String> strictly(byte[] bytes, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static Optional<Charset> charset(Matcher m) {
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(m.group(1).toLowerCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String strip(String text) {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }
}
