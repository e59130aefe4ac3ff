package io.newsdesk.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Sentence embeddings, offline: all-MiniLM-L6-v2 (quantised), shipped inside a jar and run by ONNX
 * Runtime, 384 numbers of unit length per text. One model serves every thread; each call runs on
 * the calling thread alone, so indexing spreads over the indexing threads and a question costs one
 * core for about 2 ms.
 *
 * <p>The model reads at most 128 word pieces (about 600 characters): longer text is cut.
 */
public final class Embedder {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Embedder.class);

  public static final int DIMENSIONS = 384;

  static {
    // The tokenizer library (DJL) reports usage to its makers and looks for cloud metadata
    // unless told not to; Newsdesk never calls home. Its native library is unpacked under the
    // temporary folder, not into the user's home.
    System.setProperty("OPT_OUT_TRACKING", "true");
    System.setProperty("ai.djl.offline", "true");
    String cache =
        Path.of(
                System.getProperty("java.io.tmpdir"),
                "newsdesk-djl-" + System.getProperty("user.name"))
            .toString();
    System.setProperty("DJL_CACHE_DIR", cache);
    System.setProperty("ENGINE_CACHE_DIR", cache);
  }

  /** Where the model and the runtime's libraries are kept as files (see {@link ModelCache}). */
  private static final Path CACHE =
      Path.of(
          System.getProperty("java.io.tmpdir"),
          "newsdesk-model-" + System.getProperty("user.name"));

  static final String MODEL = "all-minilm-l6-v2-q.onnx";
  static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
  private static volatile Embedder shared;

  private final MiniLmEncoder model;

  private Embedder(MiniLmEncoder model) {
    this.model = model;
  }

  /** The one model of this process, loaded on first use (about half a second). */
  public static Embedder shared() {
    Embedder e = shared;
    if (e == null) {
      synchronized (Embedder.class) {
        if (shared == null) {
          shared = load();
        }
        e = shared;
      }
    }
    return e;
  }

  private static Embedder load() {
    try {
      Optional<Path> cache = ModelCache.folder(CACHE);
      cache
          .flatMap(ModelCache::runtimeLibraries)
          .ifPresent(dir -> System.setProperty(ModelCache.NATIVE_PATH, dir.toString()));
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      Optional<Path> model = cache.flatMap(folder -> ModelCache.file(folder, MODEL, MODEL));
      return new Embedder(new MiniLmEncoder(env, session(env, model), tokenizer()));
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load the embedding model", e);
    }
  }

  /** The model on ONNX Runtime, one thread per call: indexing runs one call per core. */
  static OrtSession session(OrtEnvironment env) throws OrtException {
    return session(env, Optional.empty());
  }

  /**
   * The same, read from the model's file when there is one (and the runtime takes it), else from
   * the jar.
   */
  static OrtSession session(OrtEnvironment env, Optional<Path> file) throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    options.setInterOpNumThreads(1);
    options.addConfigEntry("session.intra_op.allow_spinning", "0");
    if (file.isPresent()) {
      try {
        return env.createSession(file.get().toString(), options);
      } catch (OrtException e) {
        LOG.debug(
            "the model file {} did not load ({}): read from the jar", file.get(), e.toString());
      }
    }
    return env.createSession(resource(MODEL), options);
  }

  /** The model's word-piece tokenizer, as LangChain4j sets it up (cut at 128, no padding). */
  static HuggingFaceTokenizer tokenizer() {
    try (InputStream json = new java.io.ByteArrayInputStream(resource(TOKENIZER))) {
      return HuggingFaceTokenizer.newInstance(json, Map.of("padding", "false"));
    } catch (IOException e) {
      throw new UncheckedIOException("reading the embedding model's tokenizer failed", e);
    }
  }

  static byte[] resource(String name) {
    try (InputStream in = Embedder.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the embedding model is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("reading the embedding model failed", e);
    }
  }

  /** How much of an article stands for it: its title and lead, about what the model reads. */
  static final int LEAD_CHARS = 600;

  /** The text that stands for an article in the semantic index: title, then lead paragraphs. */
  public static String lead(io.newsdesk.ingest.Article article) {
    StringBuilder out = new StringBuilder(article.title());
    for (String paragraph : article.paragraphs()) {
      if (out.length() >= LEAD_CHARS) {
        break;
      }
      out.append('\n').append(paragraph);
    }
    return out.length() > LEAD_CHARS * 2 ? out.substring(0, LEAD_CHARS * 2) : out.toString();
  }

  /** Articles as the index embeds them: their title and lead. */
  public static io.newsdesk.index.ArticleEmbedder articles() {
    return article -> java.util.Optional.of(shared().embed(lead(article)));
  }

  /** Questions as answering embeds them. */
  public static io.newsdesk.answer.QuestionEmbedder questions() {
    return question -> java.util.Optional.of(shared().embed(question));
  }

  /** The text's vector (unit length); blank text has none and gets zeros. */
  public float[] embed(String text) {
    if (text == null || text.isBlank()) {
      return new float[DIMENSIONS];
    }
    return model.embed(text);
  }
}
