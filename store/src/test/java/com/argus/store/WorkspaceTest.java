package com.argus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.engine.ArgusException;
import com.argus.engine.project.Project;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
  @TempDir Path tmp;

  @Test
  void openingAnEmptyHomeCreatesTheDatabaseAndAppliesMigrations() throws Exception {
    ArgusHome home = ArgusHome.at(tmp.resolve("home"));
    try (Workspace ws = Workspace.open(home)) {
      assertThat(ws.schemaVersion()).isEqualTo("3");
      assertThat(home.databaseDir()).isDirectory();
      assertThat(home.logsDir()).isDirectory();
      assertThat(home.artifactsDir()).isDirectory();
    }
    assertThat(tablesIn(home)).contains("PROJECTS", "SPECS", "SPEC_VERSIONS", "RUNS", "STEP_RESULTS", "ARTIFACTS",
        "ELEMENT_BASELINES", "HEALING_PATTERNS", "HEAL_PROPOSALS", "AUDIT_LOG", "flyway_schema_history");
  }

  @Test
  void reopeningKeepsTheData() {
    ArgusHome home = ArgusHome.at(tmp.resolve("home"));
    Project created;
    try (Workspace ws = Workspace.open(home)) {
      created = ws.projects().create("shop", "http://localhost:8080", "specs");
      ws.specs().saveVersion(created.id(), "login.spec.yaml", "name: login\n", "ana", "recorded");
    }
    try (Workspace ws = Workspace.open(home)) {
      assertThat(ws.projects().findByName("shop")).contains(created);
      assertThat(ws.specs().latest(created.id(), "login.spec.yaml")).get()
          .extracting(v -> v.content()).isEqualTo("name: login\n");
    }
  }

  @Test
  void openingTheSameHomeTwiceInOneProcessIsRefusedClearly() {
    ArgusHome home = ArgusHome.at(tmp.resolve("home"));
    try (Workspace ws = Workspace.open(home)) {
      assertThatThrownBy(() -> Workspace.open(ArgusHome.at(tmp.resolve("home/../home"))))
          .isInstanceOf(ArgusException.class)
          .extracting(e -> ((ArgusException) e).userMessage()).asString()
          .contains(home.dir().toString(), "already open in this Argus process");
      ws.projects().create("still works", null, null);
    }
    try (Workspace again = Workspace.open(home)) {
      assertThat(again.projects().list()).extracting(Project::name).containsExactly("still works");
    }
  }

  @Test
  void closingTwiceIsHarmlessAndUseAfterCloseSaysSo() {
    ArgusHome home = ArgusHome.at(tmp.resolve("home"));
    Workspace ws = Workspace.open(home);
    ws.close();
    ws.close();
    assertThatThrownBy(() -> ws.projects().list())
        .isInstanceOf(ArgusException.class)
        .hasMessageContaining("already closed");
  }

  @Test
  void workspaceWrittenByANewerArgusIsRefusedClearly() throws Exception {
    ArgusHome home = ArgusHome.at(tmp.resolve("home"));
    Workspace.open(home).close();
    String url = "jdbc:derby:" + home.databaseDir();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
          + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
          + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 1, 'APP', 1, true)");
    } finally {
      shutdown(url);
    }
    assertThatThrownBy(() -> Workspace.open(home))
        .isInstanceOf(ArgusException.class)
        .extracting(e -> ((ArgusException) e).userMessage()).asString()
        .contains(home.dir().toString(), "newer version of Argus", "schema 99");
  }

  @Test
  void derbyLogGoesUnderTheHomeNotTheWorkingDirectory() {
    // Under Maven, surefire points derby.log into target/ for every test JVM, so only check that
    // Argus sets it when nothing else did; the subprocess tests see the effect.
    ArgusHome home = ArgusHome.at(tmp.resolve("home"));
    assertThat(home.derbyLog()).isEqualTo(home.dir().resolve("logs/derby.log"));
    assertThat(System.getProperty("derby.stream.error.file")).isNotNull();
  }

  static List<String> tablesIn(ArgusHome home) throws Exception {
    String url = "jdbc:derby:" + home.databaseDir();
    List<String> tables = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url);
         ResultSet rs = c.getMetaData().getTables(null, "APP", "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME"));
      }
    } finally {
      shutdown(url);
    }
    return tables;
  }

  static void shutdown(String url) {
    try {
      DriverManager.getConnection(url + ";shutdown=true");
    } catch (java.sql.SQLException expected) {
      // 08006: shut down
    }
  }
}
