package com.argus.app.cli;

import static com.argus.app.cli.SpecCommandTest.argus;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.cli.SpecCommandTest.Result;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
