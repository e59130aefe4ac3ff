package io.newsdesk.embed;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The model's files: written once to a folder of this user's, loaded from there")
final class ModelCacheTest {
  @TempDir Path dir;

  /** Puts a system property back as it was before a test changed it. */
  private static void restore(String key, String before) {
    if (before == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, before);
    }
  }

  @Test
  @DisplayName("the folder is made for this user alone")
  void folderIsOwnerOnly() throws IOException {
    Optional<Path> folder = ModelCache.folder(dir.resolve("cache"));

    assertThat(folder).isPresent();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.get())))
        .isEqualTo("rwx------");
  }

  @Test
  @DisplayName("a folder others may write, or a link to one, is not used")
  void othersFolderIsNotTrusted() throws IOException {
    Path open = Files.createDirectory(dir.resolve("open"));
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
    Path mine = ModelCache.folder(dir.resolve("mine")).orElseThrow();
    Path link = Files.createSymbolicLink(dir.resolve("link"), mine);

    assertThat(ModelCache.folder(open)).isEmpty();
    assertThat(ModelCache.folder(link)).isEmpty();
  }

  @Test
  @DisplayName("a folder of another user's is not used, even when no one else may write it")
  void anotherUsersFolderIsNotTrusted() throws IOException {
    Path folder = ModelCache.trusted(dir.resolve("theirs")).orElseThrow();
    UserPrincipal other;
    try {
      other =
          folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
      Files.setOwner(folder, other);
    } catch (IOException e) {
      Assumptions.abort("giving a folder to another user needs root and a user 'nobody': " + e);
      return;
    }

    assertThat(ModelCache.trusted(folder)).isEmpty();
  }

  @Test
  @DisplayName("the folder named by newsdesk.model.cache is used instead (the image's, read-only)")
  void namedFolder() throws IOException {
    Path named = Files.createDirectory(dir.resolve("image"));
    Files.setPosixFilePermissions(named, PosixFilePermissions.fromString("rwxr-xr-x"));
    String before = System.getProperty(ModelCache.FOLDER_PROPERTY);
    System.setProperty(ModelCache.FOLDER_PROPERTY, named.toString());
    try {
      assertThat(ModelCache.folder(dir.resolve("unused"))).contains(named);
      assertThat(dir.resolve("unused")).doesNotExist();
    } finally {
      restore(ModelCache.FOLDER_PROPERTY, before);
    }
  }

  @Test
  @DisplayName("the model is copied out of its jar once, whole, then found again as it is")
  void modelIsCopiedOnce() throws IOException {
    Path folder = ModelCache.folder(dir.resolve("cache")).orElseThrow();

    Path first = ModelCache.file(folder, Embedder.MODEL, Embedder.MODEL).orElseThrow();
    FileTime written = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(first, written);
    Path second = ModelCache.file(folder, Embedder.MODEL, Embedder.MODEL).orElseThrow();

    assertThat(first).startsWith(folder);
    assertThat(Files.readAllBytes(first)).isEqualTo(Embedder.resource(Embedder.MODEL));
    assertThat(second).isEqualTo(first);
    assertThat(Files.getLastModifiedTime(second)).isEqualTo(written);
    try (var files = Files.list(first.getParent())) {
      assertThat(files).containsExactly(first); // no partial copy left behind
    }
  }

  @Test
  @DisplayName("a copy cut short (a run killed while writing it) is written again")
  void shortCopyIsRewritten() throws IOException {
    Path folder = ModelCache.folder(dir.resolve("cache")).orElseThrow();
    Path copy = ModelCache.file(folder, Embedder.MODEL, Embedder.MODEL).orElseThrow();
    Files.write(copy, new byte[] {1, 2, 3});

    Path again = ModelCache.file(folder, Embedder.MODEL, Embedder.MODEL).orElseThrow();

    assertThat(Files.readAllBytes(again)).isEqualTo(Embedder.resource(Embedder.MODEL));
  }

  @Test
  @DisplayName("a copy of the right size whose bytes changed is written again")
  void changedCopyIsRewritten() throws IOException {
    Path folder = ModelCache.folder(dir.resolve("cache")).orElseThrow();
    Path copy = ModelCache.file(folder, Embedder.MODEL, Embedder.MODEL).orElseThrow();
    byte[] changed = Files.readAllBytes(copy);
    changed[changed.length / 2] ^= 0x5a;
    Files.write(copy, changed);

    Path again = ModelCache.file(folder, Embedder.MODEL, Embedder.MODEL).orElseThrow();

    assertThat(Files.readAllBytes(again)).isEqualTo(Embedder.resource(Embedder.MODEL));
  }

  @Test
  @DisplayName("ONNX Runtime's two libraries are copied side by side, whole, on Linux")
  void runtimeLibrariesSideBySide() throws IOException {
    Assumptions.assumeTrue(
        System.getProperty("os.name").startsWith("Linux")
            && List.of("amd64", "x86_64", "aarch64").contains(System.getProperty("os.arch")),
        "ONNX Runtime's libraries are cached on Linux only");
    Path folder = ModelCache.folder(dir.resolve("cache")).orElseThrow();
    // This JVM's runtime may already be loaded from such a folder: the property says so, and
    // then nothing is copied. Without it, the libraries are copied.
    String before = System.clearProperty(ModelCache.NATIVE_PATH);
    try {
      Path libraries = ModelCache.runtimeLibraries(folder).orElseThrow();

      assertThat(libraries.getParent()).isEqualTo(folder);
      try (var files = Files.list(libraries)) {
        assertThat(files.map(f -> f.getFileName().toString()))
            .containsExactlyInAnyOrder("libonnxruntime.so", "libonnxruntime4j_jni.so");
      }
      String jar =
          "ai/onnxruntime/native/"
              + (System.getProperty("os.arch").equals("aarch64") ? "linux-aarch64" : "linux-x64");
      assertThat(Files.readAllBytes(libraries.resolve("libonnxruntime.so")))
          .isEqualTo(Embedder.resource(jar + "/libonnxruntime.so"));
      System.setProperty(ModelCache.NATIVE_PATH, "/somewhere/else");
      assertThat(ModelCache.runtimeLibraries(folder)).isEmpty();
    } finally {
      restore(ModelCache.NATIVE_PATH, before);
    }
  }

  @Test
  @DisplayName("the model loaded from its file gives the vectors of the model read from the jar")
  void fileGivesTheSameVectors() throws OrtException {
    Path folder = ModelCache.folder(dir.resolve("cache")).orElseThrow();
    Optional<Path> file = ModelCache.file(folder, Embedder.MODEL, Embedder.MODEL);
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    MiniLmEncoder fromFile =
        new MiniLmEncoder(env, Embedder.session(env, file), Embedder.tokenizer());
    MiniLmEncoder fromJar = new MiniLmEncoder(env, Embedder.session(env), Embedder.tokenizer());

    assertThat(file).isPresent();
    for (String text :
        new String[] {"Will Ukraine join NATO?", "Hegseth rules out NATO membership for Ukraine"}) {
      assertThat(fromFile.embed(text)).containsExactly(fromJar.embed(text));
    }
  }

  @Test
  @DisplayName("a resource that is not on the class path has no file")
  void missingResource() throws IOException {
    Path folder = ModelCache.folder(dir.resolve("cache")).orElseThrow();

    assertThat(ModelCache.file(folder, "no-such-model.onnx", "no-such-model.onnx")).isEmpty();
  }
}
