package io.newsdesk.app;

import io.newsdesk.config.Config;
import io.newsdesk.embed.Embedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedding model, loaded on a thread of its own while the index opens: half a second off the
 * start of every command that answers, when the configuration uses it.
 */
final class ModelLoading {
  private static final Logger LOG = LoggerFactory.getLogger(ModelLoading.class);

  private ModelLoading() {}

  /** Starts loading the model, if the configuration uses it. A failure shows at first use. */
  static void startFor(Config config) {
    if (!config.index().semantic()) {
      return;
    }
    Thread.ofPlatform()
        .daemon()
        .name("newsdesk-model")
        .start(
            () -> {
              try {
                Embedder.shared();
              } catch (RuntimeException e) {
                LOG.debug("loading the embedding model ahead failed: {}", e.toString());
              }
            });
  }

  /** Waits until the model is loaded (loads it here if need be), if the configuration uses it. */
  static void await(Config config) {
    if (config.index().semantic()) {
      Embedder.shared();
    }
  }
}
