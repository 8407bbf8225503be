package com.argus.engine.importer;

import com.argus.engine.spec.TestSpec;
import java.util.List;

/**
 * What an import produced: one spec per recorded test, and every command it could not convert.
 *
 * <p>Immutable.
 */
public record ImportResult(List<TestSpec> specs, List<ImportWarning> warnings) {
  public ImportResult {
    specs = List.copyOf(specs);
    warnings = List.copyOf(warnings);
  }
}
