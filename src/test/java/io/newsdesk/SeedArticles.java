package io.newsdesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The seed articles the bot ships with, copied where a test configures its articles. */
public final class SeedArticles {
  public static final Path SEEDS = Path.of("seeds");

  private SeedArticles() {}

  /** Copies every seed file into {@code folder} (made if missing); the folder. */
  public static Path copyInto(Path folder) throws IOException {
    Files.createDirectories(folder);
    try (Stream<Path> seeds = Files.list(SEEDS)) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, folder.resolve(seed.getFileName()));
      }
    }
    return folder;
  }
}
