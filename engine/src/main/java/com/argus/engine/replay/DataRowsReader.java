package com.argus.engine.replay;

import com.argus.engine.ConfigurationException;
import com.argus.engine.spec.TestSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data rows a spec runs with: a CSV given for the run ({@code --data}), else the spec's CSV
 * file (next to the spec), else its inline rows. CSV per RFC 4180: a header row, commas, double
 * quotes around values with commas, quotes or line breaks. Stateless.
 */
public final class DataRowsReader {
  private DataRowsReader() {}

  /** The rows, or an empty list for a spec that is not data-driven. */
  public static List<Map<String, String>> rows(TestSpec spec, Path specFile, Path runDataFile) {
    if (runDataFile != null) {
      return readCsv(runDataFile);
    }
    if (spec.data() == null) {
      return List.of();
    }
    if (spec.data().file() != null) {
      Path base = specFile == null ? Path.of(".") : specFile.toAbsolutePath().getParent();
      return readCsv(base.resolve(spec.data().file()));
    }
    return spec.data().rows();
  }

  public static List<Map<String, String>> readCsv(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigurationException("Cannot read the data file " + file + ": " + e.getMessage(), e);
    }
    List<List<String>> records = parse(text, file);
    if (records.isEmpty()) {
      throw new ConfigurationException(file + ": the data file is empty; it needs a header row naming the variables");
    }
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> record = records.get(r);
      if (record.size() == 1 && record.get(0).isEmpty()) {
        continue;
      }
      if (record.size() != header.size()) {
        throw new ConfigurationException(file + ":" + (r + 1) + ": " + record.size() + " values for "
            + header.size() + " columns (" + String.join(", ", header) + ")");
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        row.put(header.get(c).trim(), record.get(c));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<List<String>> parse(String text, Path file) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      any = true;
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        any = false;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new ConfigurationException(file + ": a quoted value is not closed");
    }
    if (any) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
