package io.newsdesk.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code newsdesk index} in a JVM of its own, on this JVM's classpath: what a benchmark (or a test)
 * kills with {@code kill -9} or interrupts with Ctrl-C.
 */
public final class IndexProcess {
  private IndexProcess() {}

  /** Starts {@code newsdesk --config CONFIG index}, its output going to {@code log}. */
  public static Process start(Path config, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "io.newsdesk.cli.NewsdeskCli",
            "--config",
            config.toString(),
            "index")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }
}
