package io.newsdesk.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The user this process runs as, named the way an operator fixes permissions: name and uid. */
final class UserId {
  private UserId() {}

  static String describe() {
    String name = System.getProperty("user.name", "?");
    try {
      Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      return "user " + name + ", uid " + uid;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "user " + name;
    }
  }
}
