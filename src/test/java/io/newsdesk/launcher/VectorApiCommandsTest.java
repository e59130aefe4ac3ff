package io.newsdesk.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which command lines bin/newsdesk and the image's entry point run with the Vector API: the
 * function both source (bin/vector-api.sh), run by a POSIX shell as they run it.
 */
@DisplayName("The launchers give the Vector API to the long runs only")
final class VectorApiCommandsTest {
  private static final Path SCRIPT = Path.of("bin", "vector-api.sh");

  @ParameterizedTest(name = "[{0}] → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bot | yes",
        "ingest | yes",
        "eval ask --articles a.jsonl | yes",
        "bench load | yes",
        "--config c.yaml bot | yes",
        "--config=c.yaml bench | yes",
        "ask Will Ukraine join NATO? | no",
        "index --rebuild | no",
        "health --bot | no",
        "who-said bot | no",
        "--config bot ask | no",
        "'' | no",
      })
  void longRunsOnly(String commandLine, String expected) throws IOException, InterruptedException {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    List<String> command = new ArrayList<>(List.of("/bin/sh", "-c"));
    command.add(". ./" + SCRIPT + "; if wants_vector_api \"$@\"; then echo yes; else echo no; fi");
    command.add("sh");
    if (!commandLine.isEmpty()) {
      command.addAll(List.of(commandLine.split(" ")));
    }
    assertThat(run(command)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "release lists [{0}] → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "java.base java.logging jdk.incubator.vector jdk.jfr | yes",
        "java.base java.logging jdk.jfr | no",
        "'' | no",
      })
  @DisplayName("only a runtime whose release file lists the module gets it")
  void onlyRuntimesWithTheModule(String modules, String expected, @TempDir Path home)
      throws IOException, InterruptedException {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    if (!modules.isEmpty()) {
      Files.writeString(
          home.resolve("release"), "JAVA_VERSION=\"21\"\nMODULES=\"" + modules + "\"\n");
    }
    List<String> command =
        List.of(
            "/bin/sh",
            "-c",
            ". ./" + SCRIPT + "; if has_vector_module \"$1\"; then echo yes; else echo no; fi",
            "sh",
            home.toString());

    assertThat(run(command)).isEqualTo(expected);
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process shell = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(shell.waitFor(10, TimeUnit.SECONDS)).isTrue();
    return out;
  }
}
