package io.newsdesk.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName(
    "The MiniLM encoder gives exactly LangChain4j's vectors, which indexes were built with")
final class MiniLmEncoderTest {
  private static MiniLmEncoder encoder;
  private static EmbeddingModel langChain4j;

  @BeforeAll
  static void load() throws OrtException {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    encoder = new MiniLmEncoder(env, Embedder.session(env), Embedder.tokenizer());
    OnnxBertBiEncoder reference =
        new OnnxBertBiEncoder(
            env,
            Embedder.session(env),
            new ByteArrayInputStream(Embedder.resource(Embedder.TOKENIZER)),
            PoolingMode.MEAN);
    langChain4j =
        new AbstractInProcessEmbeddingModel(Runnable::run) {
          @Override
          protected OnnxBertBiEncoder model() {
            return reference;
          }

          @Override
          protected Integer knownDimension() {
            return Embedder.DIMENSIONS;
          }
        };
  }

  static Stream<String> texts() throws IOException {
    String seed =
        Files.readString(Path.of("seeds/000_97c75e727dbce1ad.txt"), StandardCharsets.UTF_8);
    String other =
        Files.readString(Path.of("seeds/001_1f5bda88c7521d9d.txt"), StandardCharsets.UTF_8);
    String words = "ministers agreed yesterday ".repeat(60);
    return Stream.of(
        "Will Ukraine join NATO?",
        "Hegseth rules out NATO membership for Ukraine in peace deal with Russia",
        seed,
        other,
        seed.substring(0, 1200),
        // the 126th word piece is in a word cut where the tokenized start of a long text ends
        "word ".repeat(125)
            + " ".repeat(MiniLmEncoder.PREFIX_CHARS - 3 - 625)
            + "extraordinarily "
            + words,
        // no space in the start at all
        "x".repeat(2000),
        // fewer than 128 pieces in the start, more in the whole
        "Ok. " + " ".repeat(1000) + words,
        // emoji (surrogate pairs), accents, curly quotes, a word the vocabulary lacks
        "Café owners said “it’s über-busy” 🎉🎉 at the zyxwvuts festival. " + words,
        "Don't, won't, can't — she'd've said ‘no’. 1,000,000 people (roughly) in São Paulo.");
  }

  @ParameterizedTest
  @MethodSource("texts")
  @DisplayName("the same vector, float for float, for headlines, leads, long and odd texts")
  void sameVectors(String text) {
    float[] expected = langChain4j.embed(text).content().vector();

    float[] vector = encoder.embed(text);

    assertThat(vector).containsExactly(expected);
  }

  @Test
  @DisplayName("a text with no word pieces (control characters only) cannot be embedded")
  void nothingToEmbed() {
    assertThatThrownBy(() -> encoder.embed("\u0001\u0002"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
