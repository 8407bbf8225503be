package com.argus.engine.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows a data-driven spec runs once each: inline, or from a CSV file next to the spec. Each row
 * binds variables by column name.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"file", "rows"})
public record DataRows(String file, List<Map<String, String>> rows) {
  public DataRows {
    rows = rows == null
        ? List.of()
        : rows.stream().map(r -> Collections.unmodifiableMap(new LinkedHashMap<>(r))).toList();
  }
}
