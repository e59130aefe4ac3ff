package io.newsdesk.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads {@link Config} from a YAML file, then lets environment variables override single keys:
 * {@code answer.per-article} is {@code NEWSDESK_ANSWER_PER_ARTICLE}; lists are comma-separated.
 */
public final class ConfigLoader {
  /**
   * Variables that share the prefix but are not configuration keys: among them the OpenSearch
   * credentials, which are secrets and so never in a file (see {@code opensearch.OpenSearchLogin}).
   */
  private static final Set<String> NOT_KEYS =
      Set.of(
          "NEWSDESK_CONFIG",
          "NEWSDESK_HOME",
          "NEWSDESK_JAVA_OPTS",
          "NEWSDESK_OPENSEARCH_USERNAME",
          "NEWSDESK_OPENSEARCH_PASSWORD");

  private static final YAMLMapper YAML =
      (YAMLMapper)
          new YAMLMapper()
              .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
              .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
              .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
              .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
              .registerModule(new Jdk8Module());

  private ConfigLoader() {}

  public static Config load(Path file, Map<String, String> env) {
    JsonNode tree;
    try {
      tree = YAML.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new ConfigException(file + ": config file not found");
    } catch (JsonProcessingException e) {
      throw new ConfigException(file + ": not valid YAML: " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage());
    }
    if (tree == null || !tree.isObject()) {
      throw new ConfigException(file + ": expected sections such as 'articles:' and 'index:'");
    }
    applyEnvironment((ObjectNode) tree, env);
    fillDefaults((ObjectNode) tree, "index", YAML.valueToTree(Config.Index.defaults()));
    fillDefaults((ObjectNode) tree, "answer", YAML.valueToTree(Config.Answer.defaults()));
    fillDefaults((ObjectNode) tree, "discord", YAML.valueToTree(Config.Discord.defaults()));
    fillDefaults((ObjectNode) tree, "fetch", YAML.valueToTree(Fetch.defaults()));
    fillDefaults((ObjectNode) tree, "metrics", YAML.valueToTree(Config.Metrics.defaults()));
    fillDefaults((ObjectNode) tree, "log", YAML.valueToTree(Logging.defaults()));
    fillDefaults((ObjectNode) tree, "opensearch", YAML.valueToTree(Config.OpenSearch.defaults()));
    normaliseFeeds((ObjectNode) tree);
    if (tree.get("articles") instanceof ObjectNode articles && !articles.has("refresh-minutes")) {
      articles.put("refresh-minutes", Config.Articles.DEFAULT_REFRESH_MINUTES);
    }
    try {
      return YAML.treeToValue(tree, Config.class);
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(
          file
              + ": "
              + key(e)
              + ": unknown key (known here: "
              + known(e.getKnownPropertyIds())
              + ")");
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      String parent = key(e);
      throw new ConfigException(
          file + ": " + (parent.isEmpty() ? "" : parent + ".") + cause.getMessage());
    } catch (JsonMappingException e) {
      throw new ConfigException(file + ": " + key(e) + ": " + firstLine(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw new ConfigException(file + ": " + firstLine(e.getOriginalMessage()));
    }
  }

  /** Every configuration key, dotted and in kebab case, as the YAML file spells it. */
  static List<String> keys() {
    List<String> keys = new ArrayList<>();
    collectKeys(Config.class, "", keys);
    return keys;
  }

  static String envName(String key) {
    return "NEWSDESK_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  private static void applyEnvironment(ObjectNode tree, Map<String, String> env) {
    Map<String, String> byEnvName =
        keys().stream().collect(Collectors.toMap(ConfigLoader::envName, k -> k));
    for (Map.Entry<String, String> variable : env.entrySet()) {
      String name = variable.getKey();
      if (!name.startsWith("NEWSDESK_") || NOT_KEYS.contains(name)) {
        continue;
      }
      String key = byEnvName.get(name);
      if (FEEDS.equals(key)) {
        addFeeds(tree, variable.getValue());
        continue;
      }
      if (key == null) {
        throw new ConfigException(
            "environment "
                + name
                + ": not a configuration key (known: "
                + byEnvName.keySet().stream().sorted().collect(Collectors.joining(", "))
                + ")");
      }
      set(tree, key, variable.getValue());
    }
  }

  private static final String FEEDS = "feeds";

  /** {@code NEWSDESK_FEEDS=url1,url2} adds feeds to those of the file; it replaces none. */
  private static void addFeeds(ObjectNode tree, String urls) {
    JsonNode given = tree.get(FEEDS);
    ArrayNode feeds = given instanceof ArrayNode list ? list : tree.putArray(FEEDS);
    for (String url : urls.split(",")) {
      if (!url.isBlank()) {
        feeds.addObject().put("url", url.strip());
      }
    }
  }

  /**
   * Feeds may be written as bare addresses ({@code - https://…}) or with keys; each becomes an
   * object, and the keys it leaves out take their defaults.
   */
  private static void normaliseFeeds(ObjectNode tree) {
    JsonNode given = tree.get(FEEDS);
    if (given == null || given.isNull()) {
      tree.putArray(FEEDS);
      return;
    }
    if (!given.isArray()) {
      return; // left for Jackson to report as a wrong type
    }
    ArrayNode feeds = (ArrayNode) given;
    for (int i = 0; i < feeds.size(); i++) {
      JsonNode feed = feeds.get(i);
      if (feed.isTextual()) {
        feeds.set(i, YAML.createObjectNode().put("url", feed.asText()));
      }
      if (feeds.get(i) instanceof ObjectNode entry) {
        if (!entry.has("name")) {
          entry.putNull("name");
        }
        if (!entry.has("every")) {
          entry.put("every", DurationText.format(Feed.DEFAULT_EVERY));
        }
      }
    }
  }

  /** Keys of an optional section that the file leaves out take their default values. */
  private static void fillDefaults(ObjectNode tree, String section, ObjectNode defaults) {
    JsonNode given = tree.get(section);
    if (given != null && !given.isObject()) {
      return; // left for Jackson to report as a wrong type
    }
    ObjectNode target = given == null ? tree.putObject(section) : (ObjectNode) given;
    defaults
        .properties()
        .forEach(
            entry -> {
              if (!target.has(entry.getKey())) {
                target.set(entry.getKey(), entry.getValue());
              }
            });
  }

  private static void set(ObjectNode tree, String key, String value) {
    String[] parts = key.split("\\.");
    ObjectNode node = tree;
    for (int i = 0; i < parts.length - 1; i++) {
      node =
          node.has(parts[i]) && node.get(parts[i]).isObject()
              ? (ObjectNode) node.get(parts[i])
              : node.putObject(parts[i]);
    }
    String leaf = parts[parts.length - 1];
    if (isListKey(key)) {
      ArrayNode list = node.putArray(leaf);
      for (String item : value.split(",")) {
        if (!item.isBlank()) {
          list.add(item.strip());
        }
      }
    } else {
      node.set(leaf, TextNode.valueOf(value.strip()));
    }
  }

  private static boolean isListKey(String key) {
    return LIST_KEYS.contains(key);
  }

  private static final Set<String> LIST_KEYS = listKeys();

  private static Set<String> listKeys() {
    List<String> out = new ArrayList<>();
    collectListKeys(Config.class, "", out);
    return Set.copyOf(out);
  }

  private static void collectKeys(Class<?> type, String prefix, List<String> out) {
    for (RecordComponent c : type.getRecordComponents()) {
      String name = prefix + kebab(c.getName());
      if (c.getType().isRecord()) {
        collectKeys(c.getType(), name + ".", out);
      } else {
        out.add(name);
      }
    }
  }

  private static void collectListKeys(Class<?> type, String prefix, List<String> out) {
    for (RecordComponent c : type.getRecordComponents()) {
      String name = prefix + kebab(c.getName());
      if (c.getType().isRecord()) {
        collectListKeys(c.getType(), name + ".", out);
      } else if (List.class.isAssignableFrom(c.getType())
          && c.getGenericType() instanceof ParameterizedType) {
        out.add(name);
      }
    }
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  private static String key(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String known(java.util.Collection<Object> ids) {
    return ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
