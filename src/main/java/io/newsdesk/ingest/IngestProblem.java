package io.newsdesk.ingest;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Why a file, one line of it, a feed or one item of a feed was not ingested. Rendered as one log
 * line: where (a file's path, a feed's address), line if any, kind, reason.
 */
public record IngestProblem(String where, OptionalLong line, Kind kind, String reason) {

  /** What went wrong, so a run can count problems by kind. */
  public enum Kind {
    EMPTY,
    BINARY,
    BAD_ENCODING,
    BAD_FRONT_MATTER,
    BAD_JSON,
    MISSING_FIELD,
    UNSUPPORTED,
    UNREADABLE,
    /** A field too long to be a real one (a 32 KB title or id): the article is skipped. */
    FIELD_TOO_LONG,
    /** Not a regular file: a named pipe, a socket, a device. */
    SPECIAL_FILE,
    /** A symbolic link to nothing, or a loop of links. */
    BROKEN_LINK,
    /** The article was read but could not be indexed; the rest of the file still is. */
    NOT_INDEXED
  }

  public static IngestProblem of(Path file, Kind kind, String reason) {
    return new IngestProblem(file.toString(), OptionalLong.empty(), kind, reason);
  }

  public static IngestProblem atLine(Path file, long line, Kind kind, String reason) {
    return new IngestProblem(file.toString(), OptionalLong.of(line), kind, reason);
  }

  /** A problem with a feed, or with one of its items. */
  public static IngestProblem ofFeed(String feedUrl, Kind kind, String reason) {
    return new IngestProblem(feedUrl, OptionalLong.empty(), kind, reason);
  }

  /** The file the problem is in (for problems with files). */
  public Path file() {
    return Path.of(where);
  }

  /** The same problem, told with another reason. */
  public IngestProblem withReason(String other) {
    return new IngestProblem(where, line, kind, other);
  }

  /** One line: {@code seeds/x.txt:12: bad json: Unexpected character ...}. */
  public String describe() {
    String at = line.isPresent() ? where + ":" + line.getAsLong() : where;
    return OneLine.of(at + ": " + kind.name().toLowerCase().replace('_', ' ') + ": " + reason);
  }
}
