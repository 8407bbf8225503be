package com.argus.engine.replay;

import com.argus.engine.spec.SpecSource;

import com.argus.engine.ConfigurationException;
import com.argus.engine.secret.SecretsProvider;
import com.argus.engine.spec.DevicePreset;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.Variable;
import com.argus.engine.spec.Viewport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands specs into tests (one per data row), binding variables and secrets and deciding device
 * and base URL. Everything a run cannot start without is checked here, before any browser opens:
 * an unknown device, a secret without a value. Stateless.
 */
final class TestCases {
  private TestCases() {}

  /** The tests, and every secret value bound (for the redactor). */
  record Expansion(List<TestCase> cases, Set<String> secretValues) {}

  static Expansion expand(List<SpecSource> sources, RunOptions options, SecretsProvider secrets) {
    List<TestCase> cases = new ArrayList<>();
    Set<String> secretValues = new java.util.HashSet<>();
    for (SpecSource source : sources) {
      TestSpec spec = source.spec();
      Map<String, String> base = new LinkedHashMap<>();
      for (Variable v : spec.variables()) {
        if (v.isSecret()) {
          String value = secrets.secret(v.name()).orElseThrow(() -> new ConfigurationException(
              label(source) + ": the secret variable '" + v.name() + "' has no value; " + secrets.howToSet(v.name())));
          base.put(v.name(), value);
          secretValues.add(value);
        } else {
          base.put(v.name(), v.value() == null ? "" : v.value());
        }
      }
      String deviceName = options.device() != null ? options.device() : spec.device();
      DevicePreset device = deviceName == null ? DevicePreset.DESKTOP : DevicePreset.find(deviceName)
          .orElseThrow(() -> new ConfigurationException(label(source) + ": unknown device '" + deviceName
              + "'; use one of " + DevicePreset.names()));
      Viewport viewport = options.device() == null && spec.viewport() != null ? spec.viewport() : device.viewport();
      String baseUrl = options.baseUrl() != null ? options.baseUrl() : spec.baseUrl();
      List<Map<String, String>> rows = DataRowsReader.rows(spec, source.file(), options.dataFile());
      if (rows.isEmpty()) {
        cases.add(new TestCase(source, spec.name(), -1, new Variables(base), device, viewport, baseUrl));
      } else {
        for (int i = 0; i < rows.size(); i++) {
          Map<String, String> bound = new LinkedHashMap<>(base);
          bound.putAll(rows.get(i));
          cases.add(new TestCase(source, spec.name() + " [row " + (i + 1) + "]", i, new Variables(bound), device,
              viewport, baseUrl));
        }
      }
    }
    return new Expansion(cases, secretValues);
  }

  private static String label(SpecSource source) {
    return source.file() != null ? source.file().toString() : source.spec().name();
  }
}
