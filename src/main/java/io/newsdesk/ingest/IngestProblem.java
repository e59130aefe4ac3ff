package io.newsdesk.ingest;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Why a file, or one line of it, was not ingested. Rendered as one log line: file, line if any,
 * kind, reason.
 */
public record IngestProblem(Path file, OptionalLong line, Kind kind, String reason) {

  /** What went wrong, so a run can count problems by kind. */
  public enum Kind {
    EMPTY,
    BINARY,
    BAD_ENCODING,
    BAD_FRONT_MATTER,
    BAD_JSON,
    MISSING_FIELD,
    UNSUPPORTED,
    UNREADABLE
  }

  public static IngestProblem of(Path file, Kind kind, String reason) {
    return new IngestProblem(file, OptionalLong.empty(), kind, reason);
  }

  public static IngestProblem atLine(Path file, long line, Kind kind, String reason) {
    return new IngestProblem(file, OptionalLong.of(line), kind, reason);
  }

  /** One line: {@code seeds/x.txt:12: bad JSON: Unexpected character ...}. */
  public String describe() {
    String where = line.isPresent() ? file + ":" + line.getAsLong() : file.toString();
    return where + ": " + kind.name().toLowerCase().replace('_', ' ') + ": " + reason;
  }
}
