package com.argus.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.specs.SpecEntry;
import com.argus.engine.export.ExportFormat;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.format.SpecFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real views driven through the keyboard and mouse (headless Monocle), on a real home folder
 * with the sample project's spec files.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchViewsTest {
  @TempDir
  static Path home;

  ShellFixture fixture;
  Path dir;

  @Start
  void start(Stage stage) throws Exception {
    WorkbenchApp.applyTheme(false);
    dir = Files.createTempDirectory(home == null ? Path.of(System.getProperty("java.io.tmpdir")) : home, "home");
    fixture = new ShellFixture(dir);
    Scene scene = new Scene(fixture.shell, 1280, 800);
    fixture.shell.installShortcuts(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void closeWorkspace() {
    fixture.close();
  }

  @SuppressWarnings("unchecked")
  TableView<Step> steps(FxRobot robot) {
    return robot.lookup("#step-table").queryAs(TableView.class);
  }

  void openCheckout(FxRobot robot) {
    robot.doubleClickOn("Checkout with a saved card");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fixture.shell.current()).isEqualTo(Page.EDITOR);
  }

  @Test
  void searchingNarrowsTheSpecTree(FxRobot robot) {
    robot.clickOn("#spec-search").write("widg");
    WaitForAsyncUtils.waitForFxEvents();
    TreeTableView<?> tree = robot.lookup("#spec-tree").queryAs(TreeTableView.class);
    assertThat(tree.getExpandedItemCount()).isEqualTo(1);
  }

  @Test
  void deletingASpecFromTheKeyboardCanBeUndone(FxRobot robot) {
    SpecEntry widgets = fixture.shell.projects.visibleSpecs().stream()
        .filter(e -> e.key().equals("widgets.spec.yaml")).findFirst().orElseThrow();
    robot.clickOn("Widgets tour").type(KeyCode.DELETE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(widgets.file()).doesNotExist();
    robot.clickOn("#undo-delete");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(widgets.file()).exists();
  }

  @Test
  void editingAValueInTheTableThenUndoThenSaveWritesTheFileAndAVersion(FxRobot robot) {
    openCheckout(robot);
    robot.doubleClickOn("/login.html");
    robot.push(KeyCode.SHORTCUT, KeyCode.A).write("/start.html").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(steps(robot).getItems().get(0).value()).isEqualTo("/start.html");

    robot.clickOn("#undo");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(steps(robot).getItems().get(0).value()).isEqualTo("/login.html");
    robot.clickOn("#redo");

    robot.clickOn("#step-table").push(KeyCode.SHORTCUT, KeyCode.S);
    WaitForAsyncUtils.waitForFxEvents();
    var ref = fixture.shell.editor.refProperty().get();
    assertThat(SpecFormat.read(ref.file()).steps().get(0).value()).isEqualTo("/start.html");
    assertThat(fixture.workspace.specs().history(ref.project().id(), ref.key())).hasSize(1);
    assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).isTrue();
  }

  @Test
  void altUpMovesTheSelectedStepAndInsertAddsOne(FxRobot robot) {
    openCheckout(robot);
    String second = steps(robot).getItems().get(1).id();
    robot.clickOn("label=Password").push(KeyCode.ALT, KeyCode.UP);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(steps(robot).getItems().get(1).id()).isNotEqualTo(second);
    assertThat(steps(robot).getItems().get(1).target().describe()).isEqualTo("label=Password");
    int before = steps(robot).getItems().size();
    robot.type(KeyCode.INSERT);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(steps(robot).getItems()).hasSize(before + 1);
  }

  @Test
  void savingAnInvalidSpecShowsTheProblemsInline(FxRobot robot) {
    openCheckout(robot);
    robot.clickOn("#insert-step").clickOn("#save");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#problems").query().isVisible()).isTrue();
    assertThat(fixture.shell.editor.problems()).isNotEmpty();
  }

  @Test
  void screensWithoutTheirEngineSayWhatIsMissingAndKeepTheirActionsOff(FxRobot robot) {
    robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#record").queryAs(Button.class).isDisabled()).isTrue();
    assertThat(robot.lookup("#record-status").query().isVisible()).isTrue();
    robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT4);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#run").queryAs(Button.class).isDisabled()).isTrue();
    robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT5);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#approve").queryAs(Button.class).isDisabled()).isTrue();
  }

  @Test
  void exportPreviewsPlaywrightCodeForTheSpecAndSavesTheFiles(FxRobot robot) {
    openCheckout(robot);
    robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT6);
    WaitForAsyncUtils.waitForFxEvents();
    TextArea code = robot.lookup("#export-code").queryAs(TextArea.class);
    assertThat(code.getText()).contains("import { test, expect } from '@playwright/test';").contains("page.getByRole(");
    assertThat(fixture.shell.export.files()).contains("checkout.spec.ts", "playwright.config.ts");
    assertThat(fixture.shell.export.selectedFileProperty().get()).isEqualTo("checkout.spec.ts");

    Path out = dir.resolve("exported");
    fixture.dialogs.folder = out;
    robot.clickOn("#export-save");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(out.resolve("checkout.spec.ts")).content().isEqualTo(code.getText());
    assertThat(out.resolve("playwright.config.ts")).exists();
    assertThat(fixture.shell.export.statusProperty().get()).startsWith("Wrote ").contains(" into " + out);
  }

  @Test
  void exportToJavaUsesThePackageGiven(FxRobot robot) {
    openCheckout(robot);
    robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT6);
    robot.interact(() -> fixture.shell.export.formatProperty().set(ExportFormat.PLAYWRIGHT_JAVA));
    robot.clickOn("#export-package").push(KeyCode.SHORTCUT, KeyCode.A).write("com.shop.tests").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fixture.shell.export.files()).anyMatch(f -> f.startsWith("com/shop/tests/") && f.endsWith(".java"));
    assertThat(robot.lookup("#export-code").queryAs(TextArea.class).getText())
        .contains("package com.shop.tests;").contains("getByRole(AriaRole.");
  }

  @Test
  void settingsSaveTheProjectsTestIdAttributes(FxRobot robot) {
    robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT7);
    WaitForAsyncUtils.waitForFxEvents();
    TextField ids = robot.lookup("#test-id-attributes").queryAs(TextField.class);
    robot.clickOn(ids).push(KeyCode.SHORTCUT, KeyCode.A).write("data-qa");
    robot.clickOn("#save-settings");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fixture.workspace.projects().list().get(0).settings().testIdAttributes()).containsExactly("data-qa");
  }
}
