package com.argus.store.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.engine.ArgusException;
import com.argus.engine.project.Project;
import com.argus.engine.project.ProjectRepository;
import com.argus.engine.project.ProjectSettings;
import com.argus.engine.project.ProjectSettingsException;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.store.ArgusHome;
import com.argus.store.TickingClock;
import com.argus.store.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerbyProjectRepositoryTest {
  @TempDir Path tmp;
  private Workspace ws;
  private ProjectRepository projects;

  @BeforeEach
  void open() {
    ws = Workspace.open(ArgusHome.at(tmp.resolve("home")), TickingClock.startingAt("2025-03-01T10:00:00Z"));
    projects = ws.projects();
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void createdProjectIsFoundByNameAndById() {
    Project shop = projects.create("shop", "http://localhost:8080", "/work/shop/specs");

    assertThat(shop.id()).isPositive();
    assertThat(shop.createdAt()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
    assertThat(shop.settings()).isEqualTo(ProjectSettings.DEFAULTS);
    assertThat(projects.findByName("shop")).contains(shop);
    assertThat(projects.findById(shop.id())).contains(shop);
    assertThat(projects.findByName("nope")).isEmpty();
    assertThat(projects.findById(shop.id() + 100)).isEmpty();
  }

  @Test
  void projectWithoutBaseUrlOrSpecsFolderIsAllowed() {
    Project bare = projects.create("cli", null, null);
    assertThat(projects.findById(bare.id())).get().extracting(Project::baseUrl, Project::specsDir)
        .containsExactly(null, null);
  }

  @Test
  void secondProjectWithTheSameNameGivesAClearError() {
    projects.create("shop", null, null);

    assertThatThrownBy(() -> projects.create("shop", "http://other", null))
        .isInstanceOf(ArgusException.class)
        .extracting(e -> ((ArgusException) e).userMessage()).asString()
        .startsWith("A project named shop already exists");
    assertThat(projects.list()).hasSize(1);
  }

  @Test
  void namesAreTrimmedAndBlankOrOverlongNamesAreRefused() {
    assertThat(projects.create("  shop ", null, null).name()).isEqualTo("shop");
    assertThatThrownBy(() -> projects.create(" ", null, null)).isInstanceOf(ArgusException.class)
        .hasMessageContaining("needs a name");
    assertThatThrownBy(() -> projects.create("x".repeat(201), null, null)).isInstanceOf(ArgusException.class)
        .hasMessageContaining("at most 200 characters");
  }

  @Test
  void listIsSortedByName() {
    projects.create("zeta", null, null);
    projects.create("Alpha", null, null);
    projects.create("mid", null, null);

    assertThat(projects.list()).extracting(Project::name).containsExactly("Alpha", "mid", "zeta");
  }

  @Test
  void settingsAreReplacedAndSurviveReopening() {
    Project shop = projects.create("shop", null, null);

    ProjectSettings chosen = ProjectSettings.DEFAULTS.withTestIdAttributes(List.of("data-qa"))
        .withLocatorPriority(List.of(LocatorStrategy.ROLE)).withBrowser("/opt/chromium/chrome")
        .withSecretSelectors(List.of("#pin", "input[name='otp'], .secret"))
        .with("ai.model", "quotes \" and\nnew lines = fine");
    Project updated = projects.updateSettings(shop.id(), chosen);
    assertThat(updated.settings()).isEqualTo(chosen);
    Project replaced = projects.updateSettings(shop.id(), ProjectSettings.DEFAULTS.withDemoApp(true));
    assertThat(replaced.settings()).isEqualTo(ProjectSettings.DEFAULTS.withDemoApp(true));

    projects.updateSettings(shop.id(), chosen);
    ws.close();
    ws = Workspace.open(ArgusHome.at(tmp.resolve("home")));
    ProjectSettings reopened = ws.projects().findById(shop.id()).orElseThrow().settings();
    assertThat(reopened).isEqualTo(chosen);
    assertThat(reopened.locatorPriority()).startsWith(LocatorStrategy.ROLE, LocatorStrategy.TESTID);
    assertThat(reopened.extensions()).containsEntry("ai.model", "quotes \" and\nnew lines = fine");
  }

  @Test
  void settingsSavedBeforeTheyWereTypedStillLoad() throws Exception {
    Project shop = projects.create("shop", null, null);
    storeRawSettings(shop.id(), "{\"demoApp\":\"v1\",\"heal.autoApplyThreshold\":\"0.95\",\"heal.autoThreshold\":\"0.70\","
        + "\"heal.minMargin\":\"0.15\",\"heal.verifyThreshold\":\"0.60\",\"locatorPriority\":\"text,role\","
        + "\"testIdAttributes\":\"data-qa, data-test\",\"crawl.depth\":\"3\"}");

    ProjectSettings s = projects.findById(shop.id()).orElseThrow().settings();

    assertThat(s.demoApp()).isTrue();
    assertThat(s.healing().knowledgeApply()).isEqualTo(0.95);
    assertThat(s.healing().knowledgeVerify()).isEqualTo(0.60);
    assertThat(s.healing().relocation().autoThreshold()).isEqualTo(0.70);
    assertThat(s.healing().relocation().minMargin()).isEqualTo(0.15);
    assertThat(s.locatorPriority()).startsWith(LocatorStrategy.TEXT, LocatorStrategy.ROLE, LocatorStrategy.TESTID)
        .hasSize(LocatorStrategy.values().length);
    assertThat(s.testIdAttributes()).containsExactly("data-qa", "data-test");
    assertThat(s.extensions()).containsExactly(Map.entry("crawl.depth", "3"));
    assertThat(s.schemaVersion()).isEqualTo(1);
  }

  @Test
  void aStoredValueOutOfRangeIsAClearErrorNamingProjectAndSetting() throws Exception {
    Project shop = projects.create("shop", null, null);
    projects.create("admin", null, null);
    storeRawSettings(shop.id(), "{\"heal.autoThreshold\":\"1.7\"}");

    Project damaged = projects.findByName("shop").orElseThrow();
    assertThat(damaged.hasUsableSettings()).isFalse();
    assertThatThrownBy(damaged::settings).isInstanceOfSatisfying(ProjectSettingsException.class, e -> {
      assertThat(e.userMessage()).contains("Project 'shop'", "heal.autoThreshold", "'1.7'", "from 0 to 1",
          "argus project settings shop --set");
      assertThat(e.projectId()).isEqualTo(shop.id());
      assertThat(e.stored()).containsExactly(Map.entry("heal.autoThreshold", "1.7"));
    });
    assertThat(projects.list()).as("a damaged project hides no other").extracting(Project::name)
        .containsExactly("admin", "shop");

    Project fixed = projects.updateSettings(shop.id(), ProjectSettings.DEFAULTS);
    assertThat(projects.findByName("shop")).contains(fixed);
  }

  private void storeRawSettings(long projectId, String json) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:derby:" + ws.home().databaseDir());
         PreparedStatement ps = c.prepareStatement("UPDATE projects SET settings = ? WHERE id = ?")) {
      ps.setString(1, json);
      ps.setLong(2, projectId);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }

  @Test
  void renameChangesTheNameAndRefusesATakenOne() {
    Project shop = projects.create("shop", null, null);
    projects.create("blog", null, null);

    assertThat(projects.rename(shop.id(), "store").name()).isEqualTo("store");
    assertThat(projects.findByName("shop")).isEmpty();
    assertThatThrownBy(() -> projects.rename(shop.id(), "blog"))
        .isInstanceOf(ArgusException.class)
        .extracting(e -> ((ArgusException) e).userMessage()).asString()
        .startsWith("A project named blog already exists");
  }

  @Test
  void baseUrlChangesAndSurvivesReopening() {
    Project shop = projects.create("shop", "http://127.0.0.1:8765/", "specs");

    assertThat(projects.updateBaseUrl(shop.id(), "http://127.0.0.1:40123/").baseUrl()).isEqualTo("http://127.0.0.1:40123/");
    ws.close();
    ws = Workspace.open(ArgusHome.at(tmp.resolve("home")));
    assertThat(ws.projects().findById(shop.id())).get().extracting(Project::baseUrl, Project::specsDir)
        .containsExactly("http://127.0.0.1:40123/", "specs");
  }

  @Test
  void changingAMissingProjectSaysItIsMissing() {
    assertThatThrownBy(() -> projects.rename(42, "x")).isInstanceOf(ArgusException.class)
        .hasMessageContaining("no project with id 42");
    assertThatThrownBy(() -> projects.updateSettings(42, ProjectSettings.DEFAULTS)).isInstanceOf(ArgusException.class)
        .hasMessageContaining("no project with id 42");
    assertThatThrownBy(() -> projects.updateBaseUrl(42, "http://x/")).isInstanceOf(ArgusException.class)
        .hasMessageContaining("no project with id 42");
  }

  @Test
  void deletingAProjectRemovesItsSpecsRunsAndBaselinesButNotOthers() {
    Project shop = projects.create("shop", null, null);
    Project blog = projects.create("blog", null, null);
    ws.specs().saveVersion(shop.id(), "a.spec.yaml", "a", "me", null);
    ws.specs().saveVersion(blog.id(), "b.spec.yaml", "b", "me", null);
    long shopRun = ws.runs().startRun(shop.id(), "a.spec.yaml", "a", -1, "playwright", "desktop").id();
    long blogRun = ws.runs().startRun(blog.id(), "b.spec.yaml", "b", -1, "playwright", "desktop").id();

    projects.delete(shop.id());
    projects.delete(shop.id());

    assertThat(projects.list()).extracting(Project::name).containsExactly("blog");
    assertThat(ws.specs().specKeys(shop.id())).isEmpty();
    assertThat(ws.runs().findRun(shopRun)).isEmpty();
    assertThat(ws.specs().specKeys(blog.id())).containsExactly("b.spec.yaml");
    assertThat(ws.runs().findRun(blogRun)).isPresent();
  }
}
