package io.newsdesk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * What a running bot says of itself, in Newsdesk's folder, for {@code newsdesk health --bot}: which
 * process it is and whether it is connected to Discord, since when.
 *
 * @param started when that process started (ISO-8601): a pid is reused, a start time is not; a
 *     container's bot is always pid 1
 * @param connected whether the bot has logged in to Discord's gateway and not stopped since
 * @param since when it logged in or stopped (ISO-8601)
 */
public record BotState(long pid, String started, boolean connected, String since) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** This process, connected now or stopped now. */
  public static BotState now(boolean connected) {
    ProcessHandle self = ProcessHandle.current();
    return new BotState(self.pid(), startOf(self), connected, Instant.now().toString());
  }

  /** Writes the state atomically (a reader never sees half a file). */
  public void write(Path file) throws IOException {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    JSON.writeValue(temp.toFile(), this);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The state a bot last wrote, if any; a file that cannot be read is no state. */
  public static Optional<BotState> read(Path file) {
    try {
      return Files.isRegularFile(file)
          ? Optional.of(JSON.readValue(file.toFile(), BotState.class))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Whether the process that wrote the state still runs (the same process, not a new one). */
  public boolean alive() {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .map(p -> startOf(p).equals(started))
        .orElse(false);
  }

  private static String startOf(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toString).orElse("");
  }
}
