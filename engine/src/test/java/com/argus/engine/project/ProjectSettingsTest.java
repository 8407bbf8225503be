package com.argus.engine.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.LocatorStrategy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectSettingsTest {
  @Test
  void defaultsAreTheEngineDefaults() {
    ProjectSettings d = ProjectSettings.DEFAULTS;
    assertThat(d.healing().relocation().autoThreshold()).isEqualTo(0.8);
    assertThat(d.healing().knowledgeApply()).isEqualTo(0.9);
    assertThat(d.testIdAttributes()).containsExactly("data-testid", "data-test", "data-qa", "data-cy");
    assertThat(d.locatorPriority()).containsExactly(LocatorStrategy.values());
    assertThat(d.browserPath()).isEmpty();
    assertThat(ProjectSettings.fromMap(Map.of("schemaVersion", "2"))).isEqualTo(d);
    assertThat(ProjectSettings.fromMap(Map.of()).schemaVersion()).as("untyped settings").isEqualTo(1);
  }

  @Test
  void locatorPriorityIsCompletedAndDeduplicated() {
    ProjectSettings s = ProjectSettings.DEFAULTS.withLocatorPriority(List.of(LocatorStrategy.TEXT, LocatorStrategy.ROLE,
        LocatorStrategy.TEXT));
    assertThat(s.locatorPriority()).hasSize(LocatorStrategy.values().length).doesNotHaveDuplicates()
        .startsWith(LocatorStrategy.TEXT, LocatorStrategy.ROLE, LocatorStrategy.TESTID, LocatorStrategy.LABEL);
  }

  @Test
  void storedFormRoundTripsAndKeepsUnknownSettings() {
    ProjectSettings s = ProjectSettings.DEFAULTS.withBrowser(" /opt/chrome ").withSecretSelectors(List.of("#a, #b", "#pin"))
        .withDemoApp(true).with("risk.weights", "errors=2");
    assertThat(s.browserPath()).contains("/opt/chrome");
    ProjectSettings back = ProjectSettings.fromMap(s.toMap());
    assertThat(back).isEqualTo(s);
    assertThat(back.secretSelectors()).containsExactly("#a, #b", "#pin");
    assertThat(back.extensions()).containsExactly(Map.entry("risk.weights", "errors=2"));
  }

  @Test
  void aNewerSchemaVersionIsKeptWithItsUnknownSettings() {
    ProjectSettings s = ProjectSettings.fromMap(Map.of("schemaVersion", "7", "ai.budget", "5"));
    assertThat(s.schemaVersion()).isEqualTo(7);
    assertThat(s.toMap()).containsEntry("schemaVersion", "7").containsEntry("ai.budget", "5");
  }

  @Test
  void badValuesNameTheSettingAndWhatItAllows() {
    assertThat(message(() -> ProjectSettings.DEFAULTS.with("heal.autoThreshold", "lots")))
        .isEqualTo("The setting heal.autoThreshold is 'lots'; it must be a number from 0 to 1.");
    assertThat(message(() -> ProjectSettings.DEFAULTS.with("heal.autoThreshold", "0.2")))
        .contains("heal.autoThreshold", "'0.2'", "from 0.35 to 1");
    assertThat(message(() -> ProjectSettings.DEFAULTS.with("heal.verifyThreshold", "0.95")))
        .contains("heal.verifyThreshold", "'0.95'", "up to heal.autoApplyThreshold (0.90)");
    assertThat(message(() -> ProjectSettings.DEFAULTS.with("locatorPriority", "role,magic")))
        .contains("locatorPriority", "testid, role, label");
    assertThat(message(() -> ProjectSettings.DEFAULTS.with("testIdAttributes", "data-testid,not an attribute")))
        .contains("testIdAttributes", "'not an attribute' is not one");
    assertThat(message(() -> ProjectSettings.DEFAULTS.withTestIdAttributes(List.of(" "))))
        .contains("testIdAttributes", "at least one attribute name");
    assertThat(message(() -> ProjectSettings.fromMap(Map.of("schemaVersion", "two"))))
        .contains("schemaVersion", "whole number");
  }

  @Test
  void removingASettingBringsBackItsDefault() {
    ProjectSettings s = ProjectSettings.DEFAULTS.with("testIdAttributes", "data-qa");
    assertThat(s.testIdAttributes()).containsExactly("data-qa");
    assertThat(s.with("testIdAttributes", "").testIdAttributes()).isEqualTo(ProjectSettings.DEFAULT_TEST_ID_ATTRIBUTES);
  }

  private static String message(Runnable r) {
    try {
      r.run();
    } catch (ArgusException e) {
      return e.userMessage();
    }
    throw new AssertionError("no ArgusException");
  }
}
