package com.argus.engine.spec.edit;

import com.argus.engine.spec.DataRows;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.Variable;
import java.util.List;
import java.util.Map;

/** Edits to the spec as a whole: its name, variables, data rows, or all of it (revert to a version). */
public final class SpecEdits {
  private SpecEdits() {}

  /** Renames the spec (its {@code name:}, not its file). */
  public record Rename(String name) implements SpecEdit {
    @Override
    public TestSpec apply(TestSpec spec) {
      return spec.withName(name);
    }

    @Override
    public String description() {
      return "Rename spec";
    }
  }

  /**
   * Replaces the variables. A secret variable loses any value it was given: secrets come from the
   * environment or the secrets file, never from the spec.
   */
  public record SetVariables(List<Variable> variables) implements SpecEdit {
    @Override
    public TestSpec apply(TestSpec spec) {
      return spec.withVariables(variables.stream()
          .map(v -> v.isSecret() && v.value() != null ? Variable.secret(v.name()) : v)
          .toList());
    }

    @Override
    public String description() {
      return "Change variables";
    }
  }

  /** Replaces the inline data rows (keeping a data file reference as it is). */
  public record SetDataRows(List<Map<String, String>> rows) implements SpecEdit {
    @Override
    public TestSpec apply(TestSpec spec) {
      String file = spec.data() == null ? null : spec.data().file();
      DataRows data = file == null && rows.isEmpty() ? null : new DataRows(file, rows);
      return new TestSpec(spec.schemaVersion(), spec.name(), spec.description(), spec.tags(), spec.baseUrl(),
          spec.device(), spec.viewport(), spec.variables(), data, spec.steps());
    }

    @Override
    public String description() {
      return "Change data rows";
    }
  }

  /** Replaces the whole spec, e.g. with an older version from the history. */
  public record Replace(TestSpec replacement, String why) implements SpecEdit {
    @Override
    public TestSpec apply(TestSpec spec) {
      return replacement;
    }

    @Override
    public String description() {
      return why;
    }
  }
}
