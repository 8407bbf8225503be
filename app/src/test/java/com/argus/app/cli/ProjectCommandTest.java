package com.argus.app.cli;

import static com.argus.app.cli.SpecCommandTest.argus;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.cli.SpecCommandTest.Result;
import com.argus.store.ArgusHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argus project} against a real Derby store in a temporary Argus home. */
class ProjectCommandTest {
  @TempDir Path home;

  @Test
  void createdProjectsAreListedAndSurviveTheProcess() {
    Result created = argus("--home", home.toString(), "project", "create", "shop", "--base-url", "http://127.0.0.1:8080/");
    assertThat(created.exit()).isZero();
    assertThat(created.out()).contains("created project shop");
    argus("--home", home.toString(), "project", "create", "admin", "--base-url", "https://admin.example.test/");

    Result listed = argus("--home", home.toString(), "project", "list");
    assertThat(listed.exit()).isZero();
    assertThat(listed.out()).containsSubsequence("admin", "https://admin.example.test/", "shop", "http://127.0.0.1:8080/");
    assertThat(Files.isDirectory(home.resolve("db"))).isTrue();
  }

  @Test
  void duplicateNameIsAClearInputError() {
    argus("--home", home.toString(), "project", "create", "shop", "--base-url", "http://127.0.0.1:8080/");
    Result again = argus("--home", home.toString(), "project", "create", "shop", "--base-url", "http://127.0.0.1:8080/");
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("already exists").doesNotContain("\tat ");
  }

  @Test
  void badBaseUrlIsRefusedBeforeAnythingIsStored() {
    Result r = argus("--home", home.toString(), "project", "create", "shop", "--base-url", "localhost:8080");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--base-url 'localhost:8080' is not an http(s) URL");
    assertThat(argus("--home", home.toString(), "project", "list").out()).contains("no projects yet");
  }

  @Test
  void missingBaseUrlIsAUsageError() {
    Result r = argus("--home", home.toString(), "project", "create", "shop");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required option: '--base-url=URL'");
  }

  @Test
  void homeThatIsAFileIsAClearConfigurationError() throws Exception {
    Path file = Files.writeString(home.resolve("not-a-dir"), "x");
    Result r = argus("--home", file.toString(), "project", "list");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(file.toString()).doesNotContain("\tat ");
  }

  @Test
  void settingsAreShownAndChangedWithTheSameValidationAsTheSettingsScreen() {
    argus("--home", home.toString(), "project", "create", "shop", "--base-url", "http://127.0.0.1:8080/");

    Result shown = argus("--home", home.toString(), "project", "settings", "shop");
    assertThat(shown.exit()).isZero();
    assertThat(shown.out()).contains("locatorPriority = testid,role,").contains("heal.autoThreshold = 0.80");

    Result set = argus("--home", home.toString(), "project", "settings", "shop", "--set", "locatorPriority=label,role",
        "--set", "secretSelectors=#pin");
    assertThat(set.exit()).as(set.err()).isZero();
    assertThat(argus("--home", home.toString(), "project", "settings", "shop").out())
        .contains("locatorPriority = label,role,testid,").contains("secretSelectors = #pin");

    Result bad = argus("--home", home.toString(), "project", "settings", "shop", "--set", "heal.minMargin=2");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("The setting heal.minMargin is '2'; it must be a number from 0 to 1.")
        .doesNotContain("\tat ");
    assertThat(argus("--home", home.toString(), "project", "settings", "shop").out()).contains("heal.minMargin = 0.10");
  }

  @Test
  void settingsChangedOutsideArgusAreNamedAndCanBeCorrectedFromTheCommandLine() throws Exception {
    argus("--home", home.toString(), "project", "create", "shop", "--base-url", "http://127.0.0.1:8080/");
    try (Connection c = DriverManager.getConnection("jdbc:derby:" + ArgusHome.at(home).databaseDir());
         PreparedStatement ps = c.prepareStatement("UPDATE projects SET settings = ?")) {
      ps.setString(1, "{\"heal.verifyThreshold\":\"0.99\",\"testIdAttributes\":\"data-qa\"}");
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }

    Result shown = argus("--home", home.toString(), "project", "settings", "shop");
    assertThat(shown.exit()).isEqualTo(2);
    assertThat(shown.err()).contains("Project 'shop'", "heal.verifyThreshold", "'0.99'",
        "argus project settings shop --set").doesNotContain("\tat ");

    Result fixed = argus("--home", home.toString(), "project", "settings", "shop", "--set", "heal.verifyThreshold=");
    assertThat(fixed.exit()).as(fixed.err()).isZero();
    assertThat(fixed.out()).contains("heal.verifyThreshold = 0.50").contains("testIdAttributes = data-qa");
    assertThat(argus("--home", home.toString(), "project", "list").out()).contains("shop");
  }
}
