package io.newsdesk.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.Excerpt;
import io.newsdesk.search.Citation;
import io.newsdesk.search.QuoteRecord;
import io.newsdesk.whosaid.WhoSaidAnswer;
import java.util.List;
import java.util.Locale;

/**
 * Replies as JSON, for scripts: the verbatim text of each excerpt or quotation with its offsets in
 * the article and its citation; unknown fields are left out, never guessed.
 */
public final class JsonReply {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonReply() {}

  public static String answer(Answer answer) {
    ObjectNode root = JSON.createObjectNode();
    root.put("question", answer.question());
    root.put("status", answer.status().name().toLowerCase(Locale.ROOT));
    ArrayNode corrections = root.putArray("corrections");
    answer
        .corrections()
        .forEach(c -> corrections.addObject().put("from", c.from()).put("to", c.to()));
    ArrayNode excerpts = root.putArray("excerpts");
    answer.excerpts().forEach(e -> excerpt(excerpts.addObject(), e));
    return write(root);
  }

  public static String whoSaid(WhoSaidAnswer answer) {
    ObjectNode root = JSON.createObjectNode();
    root.put("phrase", answer.phrase());
    root.put("status", answer.status().name().toLowerCase(Locale.ROOT));
    answer.quote().ifPresent(q -> quotation(root.putObject("quotation"), q));
    ArrayNode sources = root.putArray("sources");
    answer.sources().forEach(q -> citation(sources.addObject(), q.citation()));
    ArrayNode mentions = root.putArray("mentions");
    answer.mentions().forEach(e -> excerpt(mentions.addObject(), e));
    return write(root);
  }

  public static String quotesBy(String speaker, List<QuoteRecord> quotes) {
    ObjectNode root = JSON.createObjectNode();
    root.put("speaker", io.newsdesk.ingest.OneLine.of(speaker, WhoSaidRenderer.SPEAKER_ECHO));
    ArrayNode list = root.putArray("quotations");
    quotes.forEach(q -> quotation(list.addObject(), q));
    return write(root);
  }

  private static void excerpt(ObjectNode node, Excerpt e) {
    node.put("text", e.text());
    node.put("start", e.start());
    node.put("end", e.end());
    node.put("cut_before", e.cutBefore());
    node.put("cut_after", e.cutAfter());
    ArrayNode highlights = node.putArray("highlights");
    e.highlights().forEach(h -> highlights.addArray().add(h.start()).add(h.end()));
    citation(node.putObject("citation"), e.citation());
  }

  private static void quotation(ObjectNode node, QuoteRecord q) {
    node.put("text", q.text());
    node.put("start", q.start());
    node.put("end", q.end());
    q.speaker().ifPresent(s -> node.put("speaker", s));
    q.role().ifPresent(r -> node.put("role", r));
    citation(node.putObject("citation"), q.citation());
  }

  private static void citation(ObjectNode node, Citation c) {
    node.put("article_id", c.articleId());
    node.put("title", c.title());
    c.source().ifPresent(s -> node.put("source", s));
    c.published().ifPresent(d -> node.put("published", d.toString()));
    c.url().ifPresent(u -> node.put("url", u));
  }

  private static String write(ObjectNode root) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serialises", e);
    }
  }
}
