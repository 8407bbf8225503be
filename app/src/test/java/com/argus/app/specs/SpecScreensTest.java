package com.argus.app.specs;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.common.DialogService;
import com.argus.app.common.ImmediateTaskRunner;
import com.argus.app.common.Navigator;
import com.argus.app.common.SpecRef;
import com.argus.app.common.WorkbenchContext;
import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import com.argus.engine.run.RunStatus;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The projects and editor view models, with files in a temp folder, no toolkit. */
class SpecScreensTest {
  static final Path EXAMPLES = Path.of("../engine/src/test/resources/spec/examples");

  @TempDir
  Path home;

  Workspace workspace;
  WorkbenchContext context;
  Dialogs dialogs;
  List<SpecRef> opened;
  ProjectsViewModel projects;
  SpecEditorViewModel editor;

  @BeforeEach
  void setUp() throws Exception {
    workspace = Workspace.open(ArgusHome.at(home));
    SampleProject.ensure(workspace, EXAMPLES, "http://127.0.0.1:8080/");
    context = new WorkbenchContext();
    dialogs = new Dialogs();
    opened = new ArrayList<>();
    Navigator nav = new Navigator() {
      @Override
      public void openInEditor(SpecRef spec) {
        opened.add(spec);
      }

      @Override
      public void runSpec(SpecRef spec) {}

      @Override
      public void exportSpec(SpecRef spec) {}
    };
    ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    projects = new ProjectsViewModel(new ProjectsViewModel.Stores(workspace.projects(), workspace.specs(),
        workspace.specStore(), workspace.runs(), workspace.audit(), workspace.home().dir()), tasks, dialogs, nav, context);
    editor = new SpecEditorViewModel(workspace.specStore(), tasks, dialogs, nav, null);
    projects.loadProjects();
  }

  @AfterEach
  void closeWorkspace() {
    workspace.close();
  }

  SpecEntry entry(String key) {
    return projects.visibleSpecs().stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void firstStartCreatesTheSampleProjectWithTheExampleSpecs() {
    assertThat(projects.projects()).extracting(p -> p.name()).containsExactly(SampleProject.NAME);
    assertThat(projects.visibleSpecs()).extracting(SpecEntry::key)
        .contains("checkout.spec.yaml", "widgets.spec.yaml");
  }

  @Test
  void searchAndTagFilterNarrowTheSpecs() {
    projects.searchProperty().set("widg");
    assertThat(projects.visibleSpecs()).extracting(SpecEntry::key).containsExactly("widgets.spec.yaml");
    projects.searchProperty().set("");
    projects.tagProperty().set("smoke");
    assertThat(projects.visibleSpecs()).extracting(SpecEntry::key).containsExactly("checkout.spec.yaml");
    assertThat(projects.tags()).contains("smoke", "checkout");
  }

  @Test
  void showsTheLastRunStatusOfEachSpec() {
    long pid = context.projectProperty().get().id();
    var run = workspace.runs().startRun(pid, "checkout.spec.yaml", "Checkout", -1, "playwright", "desktop");
    workspace.runs().finishRun(run.id(), RunStatus.FAILED, 1200, "boom");
    projects.loadSpecs();
    assertThat(entry("checkout.spec.yaml").lastStatus()).isEqualTo(RunStatus.FAILED);
    assertThat(entry("widgets.spec.yaml").lastStatus()).isNull();
  }

  @Test
  void deleteCanBeUndoneWithTheExactText() throws Exception {
    SpecEntry e = entry("widgets.spec.yaml");
    String before = Files.readString(e.file());
    projects.delete(e);
    assertThat(e.file()).doesNotExist();
    assertThat(projects.undoMessageProperty().get()).contains("Deleted widgets.spec.yaml");
    projects.undo();
    assertThat(Files.readString(e.file())).isEqualTo(before);
    assertThat(projects.visibleSpecs()).extracting(SpecEntry::key).contains("widgets.spec.yaml");
  }

  @Test
  void renameMovesTheFileAndItsHistoryAndCanBeUndone() {
    long pid = context.projectProperty().get().id();
    workspace.specs().saveVersion(pid, "widgets.spec.yaml", "x", "me", null);
    projects.rename(entry("widgets.spec.yaml"), "widget tour");
    assertThat(projects.visibleSpecs()).extracting(SpecEntry::key).contains("widget-tour.spec.yaml")
        .doesNotContain("widgets.spec.yaml");
    assertThat(workspace.specs().history(pid, "widget-tour.spec.yaml")).hasSize(1);
    projects.undo();
    assertThat(projects.visibleSpecs()).extracting(SpecEntry::key).contains("widgets.spec.yaml");
  }

  @Test
  void duplicateWritesACopyBesideTheOriginal() {
    projects.duplicate(entry("checkout.spec.yaml"));
    assertThat(projects.visibleSpecs()).extracting(SpecEntry::name).contains("Checkout with a saved card (copy)");
  }

  @Test
  void newSpecAsksForANameAndOpensItInTheEditor() {
    dialogs.answers.add("Adds a product to the cart");
    projects.newSpec();
    assertThat(opened).hasSize(1);
    assertThat(opened.get(0).key()).isEqualTo("adds-a-product-to-the-cart.spec.yaml");
    assertThat(SpecFormat.read(opened.get(0).file()).baseUrl()).isEqualTo("http://127.0.0.1:8080/");
  }

  void openCheckout() {
    SpecEntry e = entry("checkout.spec.yaml");
    editor.open(new SpecRef(context.projectProperty().get(), e.key(), e.file()));
  }

  @Test
  void editingAStepThenUndoAndRedoRestoreEachState() {
    openCheckout();
    String first = editor.steps().get(0).id();
    editor.setValue(first, "/other.html");
    assertThat(editor.steps().get(0).value()).isEqualTo("/other.html");
    assertThat(editor.dirtyProperty().get()).isTrue();
    assertThat(editor.undoTextProperty().get()).isEqualTo("Undo change value of step '" + first + "'");
    editor.undo();
    assertThat(editor.steps().get(0).value()).isEqualTo("/login.html");
    assertThat(editor.dirtyProperty().get()).isFalse();
    editor.redo();
    assertThat(editor.steps().get(0).value()).isEqualTo("/other.html");
  }

  @Test
  void savingWritesTheFileAndANewVersion() {
    openCheckout();
    editor.setValue(editor.steps().get(0).id(), "/other.html");
    editor.save();
    SpecRef ref = editor.refProperty().get();
    assertThat(SpecFormat.read(ref.file()).steps().get(0).value()).isEqualTo("/other.html");
    assertThat(workspace.specs().history(ref.project().id(), ref.key())).hasSize(1);
    assertThat(editor.versions()).hasSize(1);
    assertThat(editor.dirtyProperty().get()).isFalse();
    editor.setValue(editor.steps().get(0).id(), "/third.html");
    editor.save();
    assertThat(editor.versions()).hasSize(2);
    assertThat(editor.diff()).anySatisfy(l -> assertThat(l.toString()).isEqualTo("+     value: /third.html"));
  }

  @Test
  void saveRefusesAnInvalidSpecAndSaysWhy() throws Exception {
    openCheckout();
    SpecRef ref = editor.refProperty().get();
    String before = Files.readString(ref.file());
    editor.insertStep();
    editor.save();
    assertThat(editor.problems()).anySatisfy(p -> assertThat(p).contains("needs a `target`"));
    assertThat(Files.readString(ref.file())).isEqualTo(before);
  }

  @Test
  void movesStepsByKeyboardCommandsAndDisablesThem() {
    openCheckout();
    String second = editor.steps().get(1).id();
    editor.selectedStepIdProperty().set(second);
    editor.moveSelected(-1);
    assertThat(editor.steps().get(0).id()).isEqualTo(second);
    editor.toggleSelectedEnabled();
    assertThat(editor.steps().get(0).isEnabled()).isFalse();
    editor.deleteSelected();
    assertThat(editor.steps()).extracting(Step::id).doesNotContain(second);
  }

  @Test
  void showsEveryLocatorCandidateOfTheSelectedStepAndCanPreferOne() {
    openCheckout();
    editor.selectedStepIdProperty().set("user");
    assertThat(editor.candidates()).extracting(CandidateRow::strategy).containsExactly("testid", "label", "css");
    editor.preferCandidate(editor.candidates().get(2));
    assertThat(editor.candidates().get(0).strategy()).isEqualTo("css");
    assertThat(editor.canProbe()).isFalse();
    assertThat(editor.probeStatusProperty().get()).isEqualTo(SpecEditorViewModel.NO_PROBE);
  }

  @Test
  void secretVariablesShowWhereTheirValueComesFromAndAreSavedWithoutOne() {
    openCheckout();
    int password = indexOfVariable("password");
    assertThat(SpecEditorViewModel.displayValue(editor.variables().get(password))).doesNotContain("null")
        .contains("ARGUS_SECRET_PASSWORD");
    int user = indexOfVariable("username");
    editor.setVariableSecret(user, true);
    editor.save();
    TestSpec saved = SpecFormat.read(editor.refProperty().get().file());
    assertThat(saved.variables()).allSatisfy(v -> {
      if (v.isSecret()) {
        assertThat(v.value()).isNull();
      }
    });
    assertThat(Files.exists(editor.refProperty().get().file())).isTrue();
  }

  @Test
  void editsDataRows() {
    openCheckout();
    editor.addDataColumn("query");
    editor.setDataCell(0, "query", "shoes");
    editor.addDataRow();
    assertThat(editor.dataColumns()).containsExactly("query");
    assertThat(editor.dataRows()).hasSize(2);
    assertThat(editor.dataRows().get(0)).containsEntry("query", "shoes");
  }

  @Test
  void restoringAnOldVersionIsAnUndoableEdit() {
    openCheckout();
    editor.setValue(editor.steps().get(0).id(), "/v1.html");
    editor.save();
    editor.setValue(editor.steps().get(0).id(), "/v2.html");
    editor.save();
    editor.selectedVersionProperty().set(editor.versions().get(1));
    editor.revertToSelectedVersion();
    assertThat(editor.steps().get(0).value()).isEqualTo("/v1.html");
    editor.undo();
    assertThat(editor.steps().get(0).value()).isEqualTo("/v2.html");
  }

  @Test
  void aBrokenSpecFileOpensWithItsLocatedProblems() throws Exception {
    Path broken = projects.specsDir(context.projectProperty().get()).resolve("broken.spec.yaml");
    Files.writeString(broken, "name: x\nsteps:\n  - id: a\n    action: clik\n");
    editor.open(new SpecRef(context.projectProperty().get(), "broken.spec.yaml", broken));
    assertThat(editor.problems()).anySatisfy(p -> assertThat(p).contains("broken.spec.yaml:4"));
    assertThat(editor.steps()).isEmpty();
  }

  private int indexOfVariable(String name) {
    for (int i = 0; i < editor.variables().size(); i++) {
      if (editor.variables().get(i).name().equals(name)) {
        return i;
      }
    }
    throw new AssertionError(name);
  }

  static final class Dialogs implements DialogService {
    final List<String> answers = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<Path> opened = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message) {
      return true;
    }

    @Override
    public Optional<String> prompt(String title, String label, String initial) {
      return answers.isEmpty() ? Optional.empty() : Optional.of(answers.remove(0));
    }

    @Override
    public void error(String message, Throwable details) {
      errors.add(message);
    }

    @Override
    public void info(String message) {}

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) {
      return Optional.empty();
    }

    @Override
    public void open(Path file) {
      opened.add(file);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
      return Optional.empty();
    }
  }

  static Step click(String id) {
    return Step.of(id, Action.CLICK, null, null);
  }
}
