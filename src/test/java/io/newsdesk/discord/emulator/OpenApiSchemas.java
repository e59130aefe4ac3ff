package io.newsdesk.discord.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Discord's published OpenAPI 3.1 description, used to validate every JSON request body against the
 * schema of its route (JSON Schema 2020-12 with the OpenAPI 3.1 dialect, networknt validator).
 * Loaded once per JVM: the file is over a megabyte.
 */
final class OpenApiSchemas {

  /** Where the spec lives relative to the repository root (the working dir of Maven's tests). */
  static final Path SPEC = Path.of("..", "shared", "data", "discord", "openapi.json");

  private static final String BASE = "https://discord.com/api/v10/openapi.json";
  private static OpenApiSchemas loaded;

  /**
   * OpenAPI 3.1's dialect, told that the document's top-level keys and Discord's one extension
   * (x-discord-union, a hint that an anyOf is really a oneOf) are not schema keywords.
   */
  private static final JsonMetaSchema DIALECT =
      JsonMetaSchema.builder(OpenApi31.getInstance())
          .keywords(
              Stream.of(
                      "openapi",
                      "info",
                      "servers",
                      "paths",
                      "components",
                      "externalDocs",
                      "x-discord-union")
                  .map(NonValidationKeyword::new)
                  .toList())
          .build();

  /** An operation of the spec: its path template, e.g. {@code /channels/{channel_id}/messages}. */
  record Route(String method, String template, Pattern pattern, int literalSegments) {}

  private final JsonNode document;
  private final List<Route> routes;
  private final JsonSchemaFactory factory;
  private final SchemaValidatorsConfig config;
  private final Map<String, Optional<JsonSchema>> schemas = new ConcurrentHashMap<>();

  private OpenApiSchemas(String text) throws IOException {
    this.document = new ObjectMapper().readTree(text);
    this.routes = routesOf(document);
    this.factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder ->
                builder
                    .metaSchema(DIALECT)
                    .defaultMetaSchemaIri(DIALECT.getIri())
                    .schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, text))));
    this.config =
        SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(false)
            .build();
  }

  static boolean available() {
    return Files.isReadable(SPEC);
  }

  static synchronized OpenApiSchemas load() {
    if (loaded == null) {
      try {
        loaded = new OpenApiSchemas(Files.readString(SPEC));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read Discord's OpenAPI spec at " + SPEC, e);
      }
    }
    return loaded;
  }

  /** The spec's operation for a concrete request path (under /api/v10), most specific first. */
  Optional<Route> route(String method, String path) {
    return routes.stream()
        .filter(r -> r.method().equalsIgnoreCase(method) && r.pattern().matcher(path).matches())
        .max(Comparator.comparingInt(Route::literalSegments));
  }

  /**
   * Schema errors of a JSON body for a route; empty when valid or when the route has no body. The
   * two representations Discord accepts beyond its spec ({@link AcceptedRepresentations}) pass.
   */
  List<String> validate(Route route, JsonNode body) {
    Optional<JsonSchema> schema =
        schemas.computeIfAbsent(route.method() + " " + route.template(), key -> schemaOf(route));
    if (schema.isEmpty()) {
      return List.of();
    }
    Set<ValidationMessage> messages = schema.get().validate(body.toString(), InputFormat.JSON);
    Optional<JsonNode> accepted = AcceptedRepresentations.normalise(body, messages);
    if (accepted.isPresent()) {
      messages = schema.get().validate(accepted.get().toString(), InputFormat.JSON);
    }
    List<String> errors = new ArrayList<>();
    messages.forEach(m -> errors.add(m.getMessage()));
    return errors;
  }

  private Optional<JsonSchema> schemaOf(Route route) {
    String method = route.method().toLowerCase(Locale.ROOT);
    JsonNode json =
        document
            .path("paths")
            .path(route.template())
            .path(method)
            .path("requestBody")
            .path("content")
            .path("application/json");
    if (!json.has("schema")) {
      return Optional.empty();
    }
    String pointer =
        "/paths/"
            + escape(route.template())
            + "/"
            + method
            + "/requestBody/content/application~1json/schema";
    return Optional.of(factory.getSchema(SchemaLocation.of(BASE + "#" + pointer), config));
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static List<Route> routesOf(JsonNode document) {
    List<Route> routes = new ArrayList<>();
    document
        .path("paths")
        .properties()
        .forEach(
            path -> {
              String template = path.getKey();
              StringBuilder regex = new StringBuilder();
              int literals = 0;
              for (String segment : template.substring(1).split("/")) {
                boolean parameter = segment.startsWith("{");
                regex.append('/').append(parameter ? "[^/]+" : Pattern.quote(segment));
                literals += parameter ? 0 : 1;
              }
              Pattern pattern = Pattern.compile(regex.toString());
              for (String method : List.of("get", "put", "post", "patch", "delete")) {
                if (path.getValue().has(method)) {
                  routes.add(
                      new Route(method.toUpperCase(Locale.ROOT), template, pattern, literals));
                }
              }
            });
    return List.copyOf(routes);
  }
}
