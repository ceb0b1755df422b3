package org.copkit.core.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.copkit.api.privacy.port.PersonalRecords;

/**
 * Writes one capability's records into the export document as they come, with Jackson's streaming
 * generator: a record is written and forgotten, so an export of any size runs in constant memory.
 * Records of one kind make one array; a kind may not come back after another.
 */
final class ExportWriter implements PersonalRecords {

  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  private final JsonGenerator json;
  private final String capability;
  private final Set<String> kinds = new HashSet<>();
  private String current;

  ExportWriter(JsonGenerator json, String capability) {
    this.json = json;
    this.capability = capability;
  }

  @Override
  public void record(String kind, Map<String, ?> fields) {
    if (kind == null || !KIND.matcher(kind).matches()) {
      throw new IllegalStateException(capability + " wrote a record of kind '" + kind + "': kinds are lower case letters, digits and hyphens");
    }
    try {
      if (!kind.equals(current)) {
        if (!kinds.add(kind)) {
          throw new IllegalStateException(capability + " wrote records of kind '" + kind + "' apart: a kind's records must come together");
        }
        if (current != null) {
          json.writeEndArray();
        }
        json.writeArrayFieldStart(kind);
        current = kind;
      }
      json.writeStartObject();
      for (Map.Entry<String, ?> field : fields.entrySet()) {
        json.writeFieldName(field.getKey());
        value(field.getValue());
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the last array, if any record was written. */
  void finish() throws IOException {
    if (current != null) {
      json.writeEndArray();
    }
  }

  private void value(Object value) throws IOException {
    if (value instanceof Optional<?> optional) {
      value = optional.orElse(null);
    }
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof Number n) {
      json.writeNumber(n.doubleValue());
    } else if (value instanceof Instant instant) {
      json.writeString(instant.toString());
    } else if (value instanceof Enum<?> e) {
      json.writeString(e.name());
    } else if (value instanceof Collection<?> values) {
      json.writeStartArray();
      for (Object element : values) {
        value(element);
      }
      json.writeEndArray();
    } else {
      json.writeString(value.toString());
    }
  }
}
