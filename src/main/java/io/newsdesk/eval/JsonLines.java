package io.newsdesk.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads evaluation sets: one JSON object per line, mapped to a record. */
public final class JsonLines {
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private JsonLines() {}

  public static <T> List<T> read(Path file, Class<T> type) throws IOException {
    List<T> out = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          try {
            out.add(JSON.readValue(line, type));
          } catch (IOException e) {
            throw new IOException(
                file + ":" + number + ": " + e.getMessage().lines().findFirst().orElse(""), e);
          }
        }
      }
    }
    return out;
  }
}
