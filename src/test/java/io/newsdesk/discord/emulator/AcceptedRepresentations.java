package io.newsdesk.discord.emulator;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Two representations that Discord's API accepts although its OpenAPI spec describes another, and
 * that Javacord 3.8.0 writes: a bot talking to the real Discord is not refused for them, so the
 * emulator must not refuse them either. Everything else the schema says still holds.
 *
 * <ul>
 *   <li>A snowflake as a JSON number ({@code "message_reference": {"message_id": 123}}): Discord
 *       parses snowflakes in request bodies from numbers as well as strings; the spec's {@code
 *       SnowflakeType} says string only.
 *   <li>{@code default_member_permissions} as a string of digits ({@code "32"}): Discord's API
 *       documentation describes this field as a string bit set, the spec says integer.
 * </ul>
 *
 * <p>They are rewritten before a second validation, and only where the schema's own error points at
 * exactly one of these two places, so a number in any other string field, or a string in any other
 * integer field, is still a schema violation.
 */
final class AcceptedRepresentations {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern DIGITS = Pattern.compile("(0|[1-9][0-9]*)");
  private static final String SNOWFLAKE_TYPE = "/components/schemas/SnowflakeType/type";
  private static final String PERMISSIONS_TYPE = "/properties/default_member_permissions/type";

  private AcceptedRepresentations() {}

  /**
   * A copy of {@code body} with the accepted representations that the schema errors point at
   * rewritten in the spec's form, or empty when none of the errors is about one.
   */
  static Optional<JsonNode> normalise(JsonNode body, Collection<ValidationMessage> errors) {
    JsonNode copy = body.deepCopy();
    boolean changed = false;
    for (ValidationMessage error : errors) {
      if (!"type".equals(error.getType())) {
        continue;
      }
      JsonPointer at = JsonPointer.compile(error.getInstanceLocation().toString());
      String schema = error.getSchemaLocation().toString();
      JsonNode value = copy.at(at);
      if (schema.endsWith("#" + SNOWFLAKE_TYPE)
          && value.isIntegralNumber()
          && value.bigIntegerValue().signum() >= 0) {
        changed |= replace(copy, at, NODES.textNode(value.bigIntegerValue().toString()));
      } else if (schema.endsWith(PERMISSIONS_TYPE)
          && value.isTextual()
          && DIGITS.matcher(value.asText()).matches()) {
        changed |= replace(copy, at, NODES.numberNode(new BigInteger(value.asText())));
      }
    }
    return changed ? Optional.of(copy) : Optional.empty();
  }

  private static boolean replace(JsonNode root, JsonPointer at, JsonNode value) {
    JsonNode parent = root.at(at.head());
    if (parent instanceof ObjectNode object && at.last().mayMatchProperty()) {
      object.set(at.last().getMatchingProperty(), value);
      return true;
    }
    if (parent instanceof ArrayNode array && at.last().mayMatchElement()) {
      array.set(at.last().getMatchingIndex(), value);
      return true;
    }
    return false;
  }
}
