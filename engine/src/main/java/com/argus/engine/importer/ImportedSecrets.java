package com.argus.engine.importer;

import com.argus.engine.spec.Variable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps the values typed into password fields out of imported specs. Chrome Recorder and Selenium
 * IDE files carry them in clear and do not say a field was a password; its selectors usually do
 * ({@code #password}, {@code [type=password]}, {@code aria/Password}, {@code name=pwd}). Such a
 * value becomes a secret variable, and the same value typed anywhere else in the recording becomes
 * the same variable.
 *
 * <p>One instance per imported test; not thread-safe.
 */
final class ImportedSecrets {
  private static final Pattern PASSWORD_FIELD = Pattern.compile(
      "(?i)(pass(word|wd|code|phrase)?|pwd|\\bpin\\b|secret|otp|one[-_ ]?time)");

  private final Map<String, String> variableByValue = new LinkedHashMap<>();
  private final List<ImportWarning> warnings;
  private final String test;

  ImportedSecrets(String test, List<ImportWarning> warnings) {
    this.test = test;
    this.warnings = warnings;
  }

  /**
   * The value to put in the spec for text typed into a field: {@code ${password}} for a password
   * field or a value already known secret, else the value itself.
   *
   * @param selectors every selector the recording gives for the field, as written there
   */
  String typed(List<String> selectors, String value, int position, String command) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    String known = variableByValue.get(value);
    if (known != null) {
      return "${" + known + "}";
    }
    if (selectors.stream().noneMatch(s -> s != null && PASSWORD_FIELD.matcher(s).find())) {
      return value;
    }
    String name = variableByValue.isEmpty() ? "password" : "password" + (variableByValue.size() + 1);
    variableByValue.put(value, name);
    warnings.add(new ImportWarning(test, position, command, "the value typed into a password field is now the secret variable ${"
        + name + "}: set ARGUS_SECRET_" + name.toUpperCase(Locale.ROOT) + " or add " + name
        + "=... to secrets.properties in the Argus home before running"));
    return "${" + name + "}";
  }

  /** The secret variables the recording needs, in the order they were met. */
  List<Variable> variables() {
    List<Variable> out = new ArrayList<>();
    variableByValue.values().forEach(n -> out.add(Variable.secret(n)));
    return out;
  }
}
