package com.argus.engine.replay;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.Assertion;
import com.argus.engine.spec.DialogAnswer;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Target;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a test's {@code ${name}} references resolve to: the spec's variables, its secrets and
 * the data row's columns. Text that is not a valid reference (e.g. {@code ${not a var}}) stays as
 * written.
 *
 * <p>Immutable and thread-safe.
 */
public final class Variables {
  private static final Pattern REF = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.-]*)}");

  private final Map<String, String> values;

  public Variables(Map<String, String> values) {
    this.values = Map.copyOf(new LinkedHashMap<>(values));
  }

  public String resolve(String text) {
    if (text == null || !text.contains("${")) {
      return text;
    }
    Matcher m = REF.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new ArgusException("The variable ${" + m.group(1) + "} has no value; define it under `variables:` "
            + "or as a data column. Known: " + values.keySet());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The step with every reference in its value, locators, dialog answer and assertion resolved. */
  public Step resolve(Step step) {
    DialogAnswer dialog = step.dialog() == null ? null
        : new DialogAnswer(step.dialog().accept(), resolve(step.dialog().promptText()), resolve(step.dialog().message()));
    Assertion assertion = step.assertion() == null ? null
        : new Assertion(step.assertion().kind(), resolve(step.assertion().expected()), step.assertion().match(),
            step.assertion().attribute());
    return new Step(step.id(), step.name(), step.action(), resolve(step.target()), resolve(step.value()),
        resolve(step.to()), dialog, assertion, step.opens(), step.page(), step.frames(), step.options());
  }

  private Target resolve(Target target) {
    if (target == null) {
      return null;
    }
    List<Locator> candidates = target.candidates().stream()
        .map(l -> new Locator(l.strategy(), resolve(l.value()), resolve(l.name()), l.attribute(), l.exact()))
        .toList();
    return new Target(candidates, target.fingerprint());
  }
}
