package io.newsdesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A corpus made larger for measuring: {@code copies} copies of a JSONL corpus, the first as it is,
 * each other with new ids and addresses and its dates shifted back by {@code copy ×} {@value
 * #SHIFT_DAYS} days, so that the copies compete with the originals for every question (a copy is
 * older, so still published before the day a question is asked).
 */
public final class ScaledCorpus {
  static final int SHIFT_DAYS = 30;
  private static final ObjectMapper JSON = new ObjectMapper();

  private ScaledCorpus() {}

  /** Writes the copies to {@code out} (gzipped JSONL); returns the articles written. */
  public static long write(Path corpus, int copies, Path out) throws IOException {
    long written = 0;
    try (Writer writer =
        new BufferedWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
      for (int copy = 0; copy < copies; copy++) {
        written += writeCopy(corpus, copy, writer);
      }
    }
    return written;
  }

  private static long writeCopy(Path corpus, int copy, Writer writer) throws IOException {
    long written = 0;
    try (BufferedReader lines = open(corpus)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        writer.write(copy == 0 ? line : JSON.writeValueAsString(copied(line, copy)));
        writer.write('\n');
        written++;
      }
    }
    return written;
  }

  static ObjectNode copied(String line, int copy) throws IOException {
    ObjectNode article = (ObjectNode) JSON.readTree(line);
    String suffix = "-copy" + copy;
    article.put("id", article.path("id").asText() + suffix);
    if (article.hasNonNull("url")) {
      article.put("url", article.get("url").asText() + suffix);
    }
    if (article.hasNonNull("published")) {
      String day = article.get("published").asText();
      if (day.length() >= 10) {
        LocalDate shifted =
            LocalDate.parse(day.substring(0, 10)).minusDays((long) copy * SHIFT_DAYS);
        article.put("published", shifted + day.substring(10));
      }
    }
    return article;
  }

  private static BufferedReader open(Path corpus) throws IOException {
    InputStream in = Files.newInputStream(corpus);
    if (corpus.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
