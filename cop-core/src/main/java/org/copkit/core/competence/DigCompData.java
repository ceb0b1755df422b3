package org.copkit.core.competence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copkit.api.competence.Competence;
import org.copkit.api.competence.CompetenceArea;
import org.copkit.api.competence.CompetenceFramework;
import org.copkit.api.competence.DigComp;
import org.copkit.api.competence.ProficiencyLevel;

/**
 * DigComp 2.2 read from the two CSV files shipped beside this class ({@code digcomp-2.2.csv}: area,
 * area name, competence, competence name; {@code digcomp-2.2-levels.csv}: level, band, complexity of
 * tasks, autonomy, cognitive domain), as published by the Joint Research Centre.
 */
final class DigCompData {

  private DigCompData() {}

  static CompetenceFramework load() {
    Map<String, String> areaNames = new LinkedHashMap<>();
    Map<String, List<Competence>> competences = new LinkedHashMap<>();
    for (List<String> row : rows("digcomp-2.2.csv")) {
      areaNames.putIfAbsent(row.get(0), row.get(1));
      competences.computeIfAbsent(row.get(0), area -> new ArrayList<>())
          .add(new Competence(DigComp.competence(row.get(2)), row.get(3)));
    }
    List<CompetenceArea> areas = new ArrayList<>();
    areaNames.forEach((code, name) -> areas.add(new CompetenceArea(code, name, competences.get(code))));
    List<ProficiencyLevel> levels = new ArrayList<>();
    for (List<String> row : rows("digcomp-2.2-levels.csv")) {
      levels.add(new ProficiencyLevel(Integer.parseInt(row.get(0)), row.get(1), row.get(2), row.get(3), row.get(4)));
    }
    return new CompetenceFramework(DigComp.V2_2, "DigComp 2.2", DigComp.SOURCE, areas, levels);
  }

  /** The data rows of a shipped CSV file: no comment lines ({@code #}), no header. */
  private static List<List<String>> rows(String resource) {
    try (InputStream in = DigCompData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("cop-core is missing its resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<List<String>> rows = new ArrayList<>();
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(fields(line));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits one CSV line: fields separated by commas, a field in double quotes may hold commas. */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
