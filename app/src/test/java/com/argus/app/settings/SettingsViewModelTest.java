package com.argus.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.common.ImmediateTaskRunner;
import com.argus.app.common.PreferenceStore;
import com.argus.app.common.WorkbenchContext;
import com.argus.app.service.HealingService;
import com.argus.engine.project.ProjectSettings;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
  @TempDir
  Path home;

  Workspace ws;

  @BeforeEach
  void open() {
    ws = Workspace.open(ArgusHome.at(home.resolve("argus")));
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void savesProjectSettingsInTheStoreAndTheThemeInPreferences() {
    WorkbenchContext context = new WorkbenchContext();
    context.projectProperty().set(ws.projects().create("P", "http://x/", home.toString()));
    PreferenceStore prefs = PreferenceStore.inMemory();
    SettingsViewModel vm = new SettingsViewModel(prefs, ws.projects(), new ImmediateTaskRunner(), null, context, home);
    vm.darkProperty().set(true);
    vm.testIdAttributesProperty().set("data-qa , data-testid");
    vm.movePriority(vm.priority().indexOf(LocatorStrategy.ROLE), -1);
    vm.autoApplyProperty().set(0.95);
    vm.save();
    assertThat(prefs.get("theme", "")).isEqualTo("dark");
    var saved = ws.projects().findByName("P").orElseThrow().settings();
    assertThat(saved.testIdAttributes()).containsExactly("data-qa", "data-testid");
    assertThat(saved.healing().knowledgeApply()).isEqualTo(0.95);
    assertThat(saved.locatorPriority()).startsWith(LocatorStrategy.ROLE, LocatorStrategy.TESTID);
    assertThat(prefs.get("browser", null)).isNull();
  }

  @Test
  void healThresholdsSavedHereAreTheOnesTheHealingPipelineUses() {
    WorkbenchContext context = new WorkbenchContext();
    context.projectProperty().set(ws.projects().create("P", "http://x/", home.toString()));
    SettingsViewModel vm = new SettingsViewModel(PreferenceStore.inMemory(), ws.projects(), new ImmediateTaskRunner(), null,
        context, home);
    assertThat(vm.autoThresholdProperty().get()).isEqualTo(0.8);
    vm.autoThresholdProperty().set(0.9);
    vm.marginProperty().set(0.2);
    vm.verifyProperty().set(0.6);
    vm.save();
    var healing = HealingService.settingsOf(ws.projects().findByName("P").orElseThrow());
    assertThat(healing.relocation().autoThreshold()).isEqualTo(0.9);
    assertThat(healing.relocation().minMargin()).isEqualTo(0.2);
    assertThat(healing.knowledgeVerify()).isEqualTo(0.6);
  }

  @Test
  void refusesAVerifyThresholdAboveTheAutoApplyOne() {
    SettingsViewModel vm = new SettingsViewModel(PreferenceStore.inMemory(), ws.projects(), new ImmediateTaskRunner(),
        null, new WorkbenchContext(), home);
    vm.autoApplyProperty().set(0.4);
    vm.save();
    assertThat(vm.messageProperty().get()).contains("at least its verify threshold");
  }

  @Test
  void theBrowserIsTheProjectsSettingAndTheOldPreferenceCarriesOver() throws Exception {
    Path browser = home.resolve("my-chrome");
    Files.writeString(browser, "#!/bin/sh\n");
    Files.setPosixFilePermissions(browser, PosixFilePermissions.fromString("rwx------"));
    PreferenceStore prefs = PreferenceStore.inMemory();
    prefs.put("browser", browser.toString());
    WorkbenchContext context = new WorkbenchContext();
    context.projectProperty().set(ws.projects().create("P", "http://x/", home.toString()));
    SettingsViewModel vm = new SettingsViewModel(prefs, ws.projects(), new ImmediateTaskRunner(), null, context, home);
    assertThat(vm.browserPathProperty().get()).isEqualTo(browser.toString());
    assertThat(vm.browserStatusProperty().get()).isEqualTo("Using " + browser + ".");

    vm.save();

    assertThat(ws.projects().findByName("P").orElseThrow().settings().browserPath()).contains(browser.toString());
    assertThat(prefs.get("browser", null)).as("no second place for the browser").isNull();
    vm.browserPathProperty().set(home.resolve("missing").toString());
    assertThat(vm.browserStatusProperty().get()).contains("project setting \"browser\"", "missing", "not an executable file");
  }

  @Test
  void aTestIdAttributeThatIsNoAttributeNameIsRefusedWithTheSettingsMessage() {
    WorkbenchContext context = new WorkbenchContext();
    context.projectProperty().set(ws.projects().create("P", "http://x/", home.toString()));
    SettingsViewModel vm = new SettingsViewModel(PreferenceStore.inMemory(), ws.projects(), new ImmediateTaskRunner(),
        null, context, home);
    vm.testIdAttributesProperty().set("data-qa, [data-x]");
    vm.save();
    assertThat(vm.messageProperty().get()).contains("testIdAttributes", "'[data-x]' is not one");
    assertThat(ws.projects().findByName("P").orElseThrow().settings().testIdAttributes())
        .isEqualTo(ProjectSettings.DEFAULT_TEST_ID_ATTRIBUTES);
  }

  @Test
  void damagedSettingsOpenWithTheReasonAndSaveRepairsThem() throws Exception {
    var project = ws.projects().create("P", "http://x/", home.toString());
    try (Connection c = DriverManager.getConnection("jdbc:derby:" + ws.home().databaseDir());
         PreparedStatement ps = c.prepareStatement("UPDATE projects SET settings = ? WHERE id = ?")) {
      ps.setString(1, "{\"heal.minMargin\":\"2\"}");
      ps.setLong(2, project.id());
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    WorkbenchContext context = new WorkbenchContext();
    context.projectProperty().set(ws.projects().findByName("P").orElseThrow());
    SettingsViewModel vm = new SettingsViewModel(PreferenceStore.inMemory(), ws.projects(), new ImmediateTaskRunner(), null,
        context, home);

    assertThat(vm.messageProperty().get()).contains("heal.minMargin", "'2'", "Save replaces");
    assertThat(vm.marginProperty().get()).isEqualTo(ProjectSettings.DEFAULTS.healing().relocation().minMargin());
    vm.save();
    assertThat(ws.projects().findByName("P").orElseThrow().hasUsableSettings()).isTrue();
  }
}
