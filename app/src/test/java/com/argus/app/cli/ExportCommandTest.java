package com.argus.app.cli;

import static com.argus.app.cli.SpecCommandTest.argus;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.cli.SpecCommandTest.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  @TempDir Path dir;

  @Test
  void exportsTypeScriptSpecsAndConfig() throws Exception {
    Result r = argus("export", SpecCommandTest.EXAMPLES.toString(), "--format", "playwright-ts", "--out", dir.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("exported 3 spec(s) as playwright-ts");
    assertThat(dir.resolve("playwright.config.ts")).exists();
    try (var files = Files.walk(dir)) {
      assertThat(files.filter(p -> p.toString().endsWith(".spec.ts")).count()).isEqualTo(3);
    }
    String checkout = Files.readString(Files.walk(dir).filter(p -> p.getFileName().toString().contains("checkout")).findFirst().orElseThrow());
    assertThat(checkout).contains("getByRole('button', { name: 'Sign in' })").contains("process.env");
  }

  @Test
  void exportsJavaIntoTheChosenPackage() throws Exception {
    Result r = argus("export", SpecCommandTest.EXAMPLES.resolve("checkout.spec.yaml").toString(),
        "--format", "playwright-java", "--package", "com.acme.e2e", "--out", dir.toString());
    assertThat(r.exit()).isZero();
    try (var files = Files.walk(dir)) {
      Path java = files.filter(p -> p.toString().endsWith(".java")).findFirst().orElseThrow();
      assertThat(Files.readString(java)).contains("\npackage com.acme.e2e;\n");
      assertThat(java.toString()).contains("com/acme/e2e");
    }
  }

  @Test
  void unknownFormatAndBadSpecAreInputErrors() {
    Result badFormat = argus("export", SpecCommandTest.EXAMPLES.toString(), "--format", "cypress", "--out", dir.toString());
    assertThat(badFormat.exit()).isEqualTo(2);
    assertThat(badFormat.err()).contains("cypress");
    Result badSpec = argus("export", SpecCommandTest.BAD.resolve("unknown-action.spec.yaml").toString(),
        "--format", "playwright-ts", "--out", dir.toString());
    assertThat(badSpec.exit()).isEqualTo(2);
    assertThat(badSpec.err()).contains("unknown-action.spec.yaml:4:13");
  }
}
