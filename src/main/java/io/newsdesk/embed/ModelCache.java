package io.newsdesk.embed;

import static java.util.stream.Collectors.joining;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedding model and ONNX Runtime's native libraries as files in a folder, each written once
 * per version: the runtime then loads the model from a file instead of having it inflated from the
 * jar, and its libraries without unpacking them again, a quarter of a second off every start that
 * answers (`ask`, the health check, the bot).
 *
 * <p>The folder is this user's own under the temporary folder (created owner-only), or one that
 * {@code newsdesk.model.cache} names (the container image's, filled at build). A folder is used
 * only when this user or root owns it and no one else may write it (a shared temporary folder could
 * hold another user's files under the same name), and a file in it only when its checksum is the
 * jar entry's (a copy cut short or changed is written again). Where that cannot be, everything
 * loads as before, from the jar.
 */
final class ModelCache {
  private static final Logger LOG = LoggerFactory.getLogger(ModelCache.class);

  /** Names the folder instead of the one under the temporary folder. */
  static final String FOLDER_PROPERTY = "newsdesk.model.cache";

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rwx------");

  /** ONNX Runtime reads its libraries from this folder when the property names one. */
  static final String NATIVE_PATH = "onnxruntime.native.path";

  private static final List<String> RUNTIME_LIBRARIES =
      List.of("libonnxruntime.so", "libonnxruntime4j_jni.so");

  private ModelCache() {}

  /** The folder to use: {@code newsdesk.model.cache} when set, else {@code fallback}. */
  static Optional<Path> folder(Path fallback) {
    String named = System.getProperty(FOLDER_PROPERTY);
    return trusted(named == null || named.isBlank() ? fallback : Path.of(named));
  }

  /**
   * The folder, created owner-only when missing; empty when it cannot be made, or when it is a
   * link, or owned by someone but this user and root, or writable by others.
   */
  static Optional<Path> trusted(Path folder) {
    try {
      try {
        Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } catch (FileAlreadyExistsException e) {
        // made by an earlier run (or at the image's build): checked below
      }
      // One reading of the folder itself, not of where a link would lead.
      PosixFileAttributes seen =
          Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      Set<PosixFilePermission> perms = seen.permissions();
      boolean trusted =
          seen.isDirectory()
              && trustedOwner(seen.owner())
              && !perms.contains(PosixFilePermission.GROUP_WRITE)
              && !perms.contains(PosixFilePermission.OTHERS_WRITE);
      if (!trusted) {
        LOG.debug("{} is not a folder this user can trust: the model loads from the jar", folder);
        return Optional.empty();
      }
      return Optional.of(folder);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      LOG.debug("no cache folder for the model ({}): it loads from the jar", e.toString());
      return Optional.empty();
    }
  }

  /** This process's user (the owner of a file it makes: its id, whether or not it has a name). */
  private static boolean trustedOwner(UserPrincipal owner) throws IOException {
    Path probe = Files.createTempFile("newsdesk-owner", ".probe");
    try {
      if (owner.equals(Files.getOwner(probe))) {
        return true;
      }
      return owner.equals(
          probe.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("root"));
    } catch (IOException e) {
      return false; // no user named root: only this user's own folder is trusted
    } finally {
      Files.deleteIfExists(probe);
    }
  }

  /**
   * ONNX Runtime's libraries in the folder, written there first when missing or not whole (Linux on
   * x86-64 and ARM only); empty elsewhere, when the operator points the runtime at libraries of
   * their own, or when they cannot be had.
   */
  static Optional<Path> runtimeLibraries(Path folder) {
    if (System.getProperty(NATIVE_PATH) != null
        || RUNTIME_LIBRARIES.stream()
            .anyMatch(l -> System.getProperty(nativeProperty(l)) != null)) {
      return Optional.empty();
    }
    Optional<String> platform = platform();
    if (platform.isEmpty()) {
      return Optional.empty();
    }
    List<Entry> entries = new ArrayList<>();
    for (String library : RUNTIME_LIBRARIES) {
      Optional<Entry> entry = Entry.of("ai/onnxruntime/native/" + platform.get() + "/" + library);
      if (entry.isEmpty() || entry.get().own().isPresent()) {
        return Optional.empty(); // only libraries inside a jar have a version to copy by
      }
      entries.add(entry.get());
    }
    // Both libraries in one folder, named by both versions: the runtime loads them side by side.
    Path dir =
        folder.resolve("onnxruntime-" + entries.stream().map(Entry::version).collect(joining("-")));
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).copy(dir, RUNTIME_LIBRARIES.get(i)).isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(dir);
  }

  /** ONNX Runtime's own property for one library's path ("libonnxruntime.so" → "onnxruntime"). */
  private static String nativeProperty(String library) {
    return "onnxruntime.native."
        + library.substring("lib".length(), library.length() - ".so".length())
        + ".path";
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
   * missing or the copy cannot be had.
   */
  static Optional<Path> file(Path folder, String resource, String name) {
    return Entry.of(resource)
        .flatMap(e -> e.own().isPresent() ? e.own() : e.copy(folder.resolve(e.version()), name));
  }

  /**
   * A resource on the class path: its own file, or an entry of a jar with its checksum and size
   * (read from the jar's index, without inflating the entry).
   */
  private record Entry(String resource, URL url, Optional<Path> own, long crc, long size) {
    static Optional<Entry> of(String resource) {
      URL url = ModelCache.class.getClassLoader().getResource(resource);
      if (url == null) {
        return Optional.empty();
      }
      try {
        if ("file".equals(url.getProtocol())) {
          return Optional.of(new Entry(resource, url, Optional.of(Path.of(url.toURI())), -1, -1));
        }
        if (!(url.openConnection() instanceof JarURLConnection jar)) {
          return Optional.empty();
        }
        JarEntry entry = jar.getJarEntry();
        if (entry.getSize() < 0 || entry.getCrc() < 0) {
          return Optional.empty();
        }
        return Optional.of(
            new Entry(resource, url, Optional.empty(), entry.getCrc(), entry.getSize()));
      } catch (IOException | URISyntaxException | RuntimeException e) {
        LOG.debug("{} has no version here ({}): it loads from the jar", resource, e.toString());
        return Optional.empty();
      }
    }

    String version() {
      return Long.toHexString(crc) + "-" + size;
    }

    /**
     * The entry as {@code dir/name}: the copy of an earlier run when its checksum is the entry's,
     * else written under a temporary name, flushed to disk and then moved into place, so that a
     * reader never sees half a file.
     */
    Optional<Path> copy(Path dir, String name) {
      Path target = dir.resolve(name);
      try {
        if (whole(target)) {
          return Optional.of(target);
        }
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, name, ".partial");
        try {
          try (InputStream in = url.openStream();
              FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE);
              OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
            in.transferTo(out);
            channel.force(true);
          }
          if (!whole(partial)) {
            return Optional.empty();
          }
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

    /** Whether the file holds exactly the entry: its size and checksum. */
    private boolean whole(Path file) throws IOException {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != size) {
        return false;
      }
      CRC32 sum = new CRC32();
      byte[] buffer = new byte[1 << 16];
      try (InputStream in = Files.newInputStream(file)) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          sum.update(buffer, 0, n);
        }
      }
      return sum.getValue() == crc;
    }
  }
}
