package io.newsdesk.embed;

import static java.util.stream.Collectors.joining;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedding model and ONNX Runtime's native libraries as files in a folder of this user's under
 * the temporary folder, each written once per version: the runtime then loads the model from a file
 * instead of having it inflated from the jar, and its libraries without unpacking them again, a
 * quarter of a second off every start that answers (`ask`, the health check, the bot).
 *
 * <p>Only a folder this user owns and no one else may write is used (a shared temporary folder
 * could hold another user's files under the same name); where there is none, or a file cannot be
 * written, everything loads as before, from the jar.
 */
final class ModelCache {
  private static final Logger LOG = LoggerFactory.getLogger(ModelCache.class);

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rwx------");

  /** ONNX Runtime reads its libraries from this folder when the property names one. */
  static final String NATIVE_PATH = "onnxruntime.native.path";

  private static final List<String> RUNTIME_LIBRARIES =
      List.of("libonnxruntime.so", "libonnxruntime4j_jni.so");

  private ModelCache() {}

  /** The folder, created owner-only when missing; empty when it cannot be made or trusted. */
  static Optional<Path> folder(Path folder) {
    try {
      try {
        Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } catch (FileAlreadyExistsException e) {
        // made by an earlier run: trusted below only if it is this user's own
      }
      Path real = folder.toRealPath();
      boolean own =
          Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
              && Files.getOwner(real).getName().equals(System.getProperty("user.name"))
              && Files.getPosixFilePermissions(real).equals(OWNER_ONLY);
      if (!own) {
        LOG.debug("{} is not this user's own folder: the model loads from the jar", folder);
        return Optional.empty();
      }
      return Optional.of(real);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      LOG.debug("no cache folder for the model ({}): it loads from the jar", e.toString());
      return Optional.empty();
    }
  }

  /**
   * Points ONNX Runtime at its libraries in the folder, written there first when missing (Linux on
   * x86-64 and ARM only; elsewhere, or when the operator set the property, it unpacks its own).
   * Must run before the runtime's first use.
   */
  static void useRuntimeLibraries(Path folder) {
    if (System.getProperty(NATIVE_PATH) != null) {
      return;
    }
    Optional<String> platform = platform();
    if (platform.isEmpty()) {
      return;
    }
    List<Entry> entries = new ArrayList<>();
    for (String library : RUNTIME_LIBRARIES) {
      Optional<Entry> entry = Entry.of("ai/onnxruntime/native/" + platform.get() + "/" + library);
      if (entry.isEmpty() || entry.get().own().isPresent()) {
        return;
      }
      entries.add(entry.get());
    }
    // Both libraries in one folder, named by both versions: the runtime loads them side by side.
    Path dir =
        folder.resolve("onnxruntime-" + entries.stream().map(Entry::version).collect(joining("-")));
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).copy(dir, RUNTIME_LIBRARIES.get(i)).isEmpty()) {
        return;
      }
    }
    System.setProperty(NATIVE_PATH, dir.toString());
  }

  /** ONNX Runtime's name for this platform, where it ships libraries for it. */
  private static Optional<String> platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    if (!os.startsWith("linux")) {
      return Optional.empty();
    }
    return switch (arch) {
      case "amd64", "x86_64" -> Optional.of("linux-x64");
      case "aarch64" -> Optional.of("linux-aarch64");
      default -> Optional.empty();
    };
  }

  /**
   * The resource as a file: its own file when the classes are a folder, otherwise a copy in a
   * subfolder of {@code folder} named by the jar entry's version. Empty when the resource is
   * missing or the copy cannot be written.
   */
  static Optional<Path> file(Path folder, String resource, String name) {
    return Entry.of(resource)
        .flatMap(e -> e.own().isPresent() ? e.own() : e.copy(folder.resolve(e.version()), name));
  }

  /**
   * A resource on the class path: its own file, or an entry of a jar and its version (checksum and
   * size, read from the jar's index without inflating the entry).
   */
  private record Entry(String resource, URL url, Optional<Path> own, String version, long size) {
    static Optional<Entry> of(String resource) {
      URL url = ModelCache.class.getClassLoader().getResource(resource);
      if (url == null) {
        return Optional.empty();
      }
      try {
        if ("file".equals(url.getProtocol())) {
          Path own = Path.of(url.toURI());
          return Optional.of(new Entry(resource, url, Optional.of(own), "file", Files.size(own)));
        }
        if (!(url.openConnection() instanceof JarURLConnection jar)) {
          return Optional.empty();
        }
        jar.setUseCaches(false);
        JarEntry entry = jar.getJarEntry();
        if (entry.getSize() < 0 || entry.getCrc() < 0) {
          return Optional.empty();
        }
        String version = Long.toHexString(entry.getCrc()) + "-" + entry.getSize();
        return Optional.of(new Entry(resource, url, Optional.empty(), version, entry.getSize()));
      } catch (IOException | URISyntaxException | RuntimeException e) {
        LOG.debug("{} has no version here ({}): it loads from the jar", resource, e.toString());
        return Optional.empty();
      }
    }

    /**
     * The entry as {@code dir/name}: written once under a temporary name and then moved into place,
     * so that a reader never sees half a file; the copy of an earlier run when there is one.
     */
    Optional<Path> copy(Path dir, String name) {
      try {
        Path target = dir.resolve(name);
        if (Files.isRegularFile(target) && Files.size(target) == size) {
          return Optional.of(target);
        }
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, name, ".partial");
        try (InputStream in = url.openStream()) {
          Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
          Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(partial);
        }
        return Optional.of(target);
      } catch (IOException | RuntimeException e) {
        LOG.debug("{} is not cached as a file ({}): it loads from the jar", resource, e.toString());
        return Optional.empty();
      }
    }
  }
}
