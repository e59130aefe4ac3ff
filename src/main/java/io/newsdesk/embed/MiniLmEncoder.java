package io.newsdesk.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A BERT sentence encoder (all-MiniLM-L6-v2) on ONNX Runtime: word pieces in, the mean of their
 * vectors out, of unit length. It gives exactly the vectors of LangChain4j's {@code
 * OnnxBertBiEncoder} (mean pooling), which indexes were built with, for less work: that one
 * tokenizes the whole text three times (the text, then the word pieces written back as a sentence,
 * twice) to feed the model at most 128 pieces; this one tokenizes only the start of the text that
 * the model reads, and the sentence once.
 */
final class MiniLmEncoder {
  /**
   * How much of a longer text is tokenized first: enough for 128 word pieces in all but rare texts
   * (about 600 characters of English); when it is not, the whole text is.
   */
  static final int PREFIX_CHARS = 900;

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final Set<String> inputs;
  private final int maxPieces;

  MiniLmEncoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer)
      throws OrtException {
    this.environment = environment;
    this.session = session;
    this.tokenizer = tokenizer;
    this.inputs = session.getInputNames();
    this.maxPieces = tokenizer.getMaxLength();
  }

  /** The text's vector, of unit length. */
  float[] embed(String text) {
    long[] ids = ids(text);
    long[] shape = {1, ids.length};
    long[] mask = new long[ids.length];
    Arrays.fill(mask, 1);
    Map<String, OnnxTensor> feed = new HashMap<>();
    try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor attention = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor types =
            OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape)) {
      feed.put("input_ids", inputIds);
      feed.put("attention_mask", attention);
      if (inputs.contains("token_type_ids")) {
        feed.put("token_type_ids", types);
      }
      try (OrtSession.Result result = session.run(feed)) {
        float[][] pieces = ((float[][][]) result.get(0).getValue())[0];
        return unitLength(mean(pieces));
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed to embed a text", e);
    }
  }

  /**
   * The ids the model reads: {@code [CLS]}, at most 126 word pieces, {@code [SEP]}. As LangChain4j
   * does, the pieces are written back as a sentence, and when that sentence does not tokenize to
   * the same pieces, the pieces joined without spaces are what is read.
   */
  long[] ids(String text) {
    Encoding encoding = start(text);
    String[] tokens = encoding.getTokens();
    if (tokens.length <= 2) {
      throw new IllegalArgumentException("the text has no word pieces to embed");
    }
    List<String> pieces = Arrays.asList(tokens).subList(1, tokens.length - 1);
    List<String> again = tokenizer.tokenize(tokenizer.buildSentence(pieces));
    if (again.size() >= 2 && again.subList(1, again.size() - 1).equals(pieces)) {
      return encoding.getIds();
    }
    return tokenizer.encode(String.join("", pieces)).getIds();
  }

  /**
   * The text's encoding (cut at 128 pieces), from its start alone when that start already gives all
   * the pieces: every piece kept must end before the last space of the start, so that no word was
   * cut off by where the start ends.
   */
  private Encoding start(String text) {
    if (text.length() <= PREFIX_CHARS) {
      return tokenizer.encode(text);
    }
    String start = text.substring(0, PREFIX_CHARS);
    if (hasSurrogates(start)) {
      // The tokenizer counts offsets in code points: only without surrogates are they indexes.
      return tokenizer.encode(text);
    }
    Encoding encoding = tokenizer.encode(start);
    long[] ids = encoding.getIds();
    if (ids.length < maxPieces) {
      return tokenizer.encode(text);
    }
    CharSpan last = encoding.getCharTokenSpans()[ids.length - 2];
    if (last == null || last.getEnd() > start.lastIndexOf(' ')) {
      return tokenizer.encode(text);
    }
    return encoding;
  }

  private static boolean hasSurrogates(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The mean of the pieces' vectors, summed in order as LangChain4j sums them. */
  private static float[] mean(float[][] pieces) {
    float[] sum = new float[pieces[0].length];
    for (float[] piece : pieces) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += piece[i];
      }
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] /= pieces.length;
    }
    return sum;
  }

  private static float[] unitLength(float[] v) {
    float squares = 0;
    for (float x : v) {
      squares += x * x;
    }
    float norm = (float) Math.sqrt(squares);
    float[] unit = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      unit[i] = v[i] / norm;
    }
    return unit;
  }
}
