package com.argus.engine.export;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.DataRows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A data-driven spec's rows, inlined into the exported test so it needs no CSV reader: the
 * spec's own rows, or those of its CSV file (header line first, RFC 4180 quoting) read at export.
 * Every row has every column; a cell a row lacks is the empty string.
 *
 * <p>Immutable.
 */
record DataTable(List<String> columns, List<Map<String, String>> rows) {
  static final DataTable NONE = new DataTable(List.of(), List.of());

  boolean isEmpty() {
    return rows.isEmpty();
  }

  static DataTable of(DataRows data, Path specFolder) {
    if (data == null) {
      return NONE;
    }
    List<Map<String, String>> raw = data.file() != null ? readCsv(specFolder.resolve(data.file())) : data.rows();
    Set<String> columns = new LinkedHashSet<>();
    raw.forEach(r -> columns.addAll(r.keySet()));
    List<Map<String, String>> rows = new ArrayList<>();
    for (Map<String, String> r : raw) {
      Map<String, String> full = new LinkedHashMap<>();
      columns.forEach(c -> full.put(c, r.getOrDefault(c, "")));
      rows.add(java.util.Collections.unmodifiableMap(full));
    }
    return new DataTable(List.copyOf(columns), List.copyOf(rows));
  }

  private static List<Map<String, String>> readCsv(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ArgusException("the data file " + file + " cannot be read (" + e.getMessage()
          + "); it is inlined into the exported test, so it must exist at export time", e);
    }
    List<List<String>> records = parseCsv(text);
    if (records.isEmpty()) {
      return List.of();
    }
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> rec : records.subList(1, records.size())) {
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), i < rec.size() ? rec.get(i) : "");
      }
      rows.add(row);
    }
    return rows;
  }

  static List<List<String>> parseCsv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        record.add(cell.toString());
        cell.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || cell.length() > 0) {
          record.add(cell.toString());
          records.add(record);
        }
        record = new ArrayList<>();
        cell.setLength(0);
        any = false;
      } else {
        cell.append(c);
        any = true;
      }
    }
    if (any || cell.length() > 0) {
      record.add(cell.toString());
      records.add(record);
    }
    return records;
  }
}
