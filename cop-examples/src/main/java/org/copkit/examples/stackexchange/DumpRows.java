package org.copkit.examples.stackexchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the {@code <row .../>} elements of one dump file with StAX: one row at a time, never the
 * whole document. DTDs and external entities are refused.
 */
final class DumpRows {

  private static final XMLInputFactory FACTORY = newFactory();

  private DumpRows() {}

  /**
   * Hands every row of a file to an action, in file order.
   *
   * @param file a dump file such as {@code Posts.xml}
   * @param action what to do with each row; the row is valid only during the call
   * @return how many rows there were
   * @throws DumpException when the file cannot be read or is not well-formed
   */
  static long forEach(Path file, Consumer<Row> action) {
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
      try {
        Row row = new Row(file, xml);
        long rows = 0;
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
            action.accept(row);
            rows++;
          }
        }
        return rows;
      } finally {
        xml.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (XMLStreamException e) {
      throw new DumpException(file + " is not a well-formed dump file: " + e.getMessage(), e);
    }
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }

  /** The row under the reader: its attributes, read by name. */
  static final class Row {

    private final Path file;
    private final XMLStreamReader xml;

    private Row(Path file, XMLStreamReader xml) {
      this.file = file;
      this.xml = xml;
    }

    /**
     * @param name an attribute
     * @return its value, or null when the row has none
     */
    String text(String name) {
      return xml.getAttributeValue(null, name);
    }

    /**
     * @param name an attribute the format always gives
     * @return its value as a number
     */
    long number(String name) {
      return optionalNumber(name).orElseThrow(() -> malformed(name, "is missing"));
    }

    /**
     * @param name an attribute the format may leave out
     * @return its value as a number, or empty when absent or blank
     */
    OptionalLong optionalNumber(String name) {
      String value = text(name);
      if (value == null || value.isBlank()) {
        return OptionalLong.empty();
      }
      try {
        return OptionalLong.of(Long.parseLong(value.strip()));
      } catch (NumberFormatException e) {
        throw malformed(name, "is not a number: " + value);
      }
    }

    /**
     * @param name a date attribute, in the dumps' form {@code 2010-08-25T19:50:51.187} (UTC)
     * @return the instant
     */
    Instant instant(String name) {
      String value = text(name);
      if (value == null) {
        throw malformed(name, "is missing");
      }
      try {
        return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
      } catch (java.time.format.DateTimeParseException e) {
        throw malformed(name, "is not a date: " + value);
      }
    }

    private DumpException malformed(String attribute, String problem) {
      return new DumpException(file.getFileName() + " line " + xml.getLocation().getLineNumber() + ": "
          + attribute + " " + problem, null);
    }
  }
}
