package com.argus.app.heal;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.common.DialogService;
import com.argus.app.common.ImmediateTaskRunner;
import com.argus.app.common.Navigator;
import com.argus.app.common.SpecRef;
import com.argus.app.service.HealingService;
import com.argus.app.specs.SpecEditorViewModel;
import com.argus.engine.heal.FailureType;
import com.argus.engine.heal.FixType;
import com.argus.engine.heal.HealEvidence;
import com.argus.engine.heal.HealProposal;
import com.argus.engine.project.Project;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.SpecVersion;
import com.argus.engine.spec.format.SpecFormat;
import com.argus.engine.spec.store.SpecAuthor;
import com.argus.engine.spec.store.SpecId;
import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two projects with a spec of the same name and step id: a heal approved in one (through the review
 * that {@code argus heals approve} and the heal screen use) rewrites that project's spec only, and
 * shows in its history in the editor.
 */
class CrossProjectHealTest {
  private static final Locator OLD = Locator.of(LocatorStrategy.ID, "password");
  private static final Locator NEW = Locator.of(LocatorStrategy.TESTID, "login-password");
  private static final String SPEC = """
      schemaVersion: 2
      name: Login
      steps:
        - id: pass
          action: fill
          target:
            candidates:
              - strategy: id
                value: password
          value: secret
      """;

  @TempDir Path dir;
  private Workspace ws;
  private Project healed;
  private Project other;

  @BeforeEach
  void setUp() throws Exception {
    ws = Workspace.open(ArgusHome.at(dir.resolve("home")));
    // The other project sorts first: a lookup by key alone across projects would find its file first.
    other = project("Alpha shop");
    healed = project("Beta shop");
  }

  @AfterEach
  void tearDown() {
    ws.close();
  }

  @Test
  void approvingAHealRewritesOnlyItsOwnProjectsSpecOfThatName() throws Exception {
    Path otherFile = Path.of(other.specsDir()).resolve("login.spec.yaml");
    byte[] otherBefore = Files.readAllBytes(otherFile);
    List<SpecVersion> otherHistory = ws.specs().history(other.id(), "login.spec.yaml");
    HealProposal p = ws.healProposals().add(pendingHeal());

    HealingService.review(ws).approve(p.id(), "ana");

    Path healedFile = Path.of(healed.specsDir()).resolve("login.spec.yaml");
    assertThat(SpecFormat.read(healedFile).step("pass").orElseThrow().target().candidates()).containsExactly(NEW, OLD);
    assertThat(Files.readAllBytes(otherFile)).as("the other project's spec of the same name").isEqualTo(otherBefore);
    assertThat(ws.specs().history(other.id(), "login.spec.yaml")).isEqualTo(otherHistory);
    assertThat(ws.specs().history(healed.id(), "login.spec.yaml")).first().satisfies(v -> {
      assertThat(v.author()).isEqualTo("healer");
      assertThat(v.comment()).contains("heal " + p.id()).contains("ana");
    });
  }

  @Test
  void theEditorsHistoryShowsTheApprovedHeal() {
    HealProposal p = ws.healProposals().add(pendingHeal());
    HealingService.review(ws).approve(p.id(), "ana");

    SpecEditorViewModel editor = new SpecEditorViewModel(ws.specStore(), new ImmediateTaskRunner(), new NoDialogs(), new NoNavigation(), null);
    editor.open(new SpecRef(healed, "login.spec.yaml", Path.of(healed.specsDir()).resolve("login.spec.yaml")));

    assertThat(editor.versions()).extracting(SpecVersion::author).containsExactly("healer", "ana");
    assertThat(editor.steps().get(0).target().primary()).isEqualTo(NEW);
  }

  /** A project whose specs folder holds login.spec.yaml, saved once by a person. */
  private Project project(String name) throws Exception {
    Path specs = Files.createDirectories(dir.resolve(name.replace(' ', '-')).resolve("specs"));
    Project project = ws.projects().create(name, "http://127.0.0.1:8080/", specs.toString());
    ws.specStore().save(SpecId.of(project.id(), "login.spec.yaml"), SPEC, SpecAuthor.person("ana"), "written by hand");
    return project;
  }

  private static final class NoNavigation implements Navigator {
    @Override
    public void openInEditor(SpecRef spec) {}

    @Override
    public void runSpec(SpecRef spec) {}

    @Override
    public void exportSpec(SpecRef spec) {}
  }

  private static final class NoDialogs implements DialogService {
    @Override
    public boolean confirm(String title, String message) {
      return true;
    }

    @Override
    public Optional<String> prompt(String title, String label, String initial) {
      return Optional.empty();
    }

    @Override
    public void error(String message, Throwable details) {
      throw new AssertionError(message, details);
    }

    @Override
    public void info(String message) {}

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) {
      return Optional.empty();
    }

    @Override
    public void open(Path file) {}

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
      return Optional.empty();
    }
  }

  private HealProposal pendingHeal() {
    return HealProposal.builder().projectId(healed.id()).specKey("login.spec.yaml").stepId("pass")
        .failureType(FailureType.SELECTOR_CHANGED).fixType(FixType.SELECTOR_CHANGED).locators(OLD, NEW).score(0.77)
        .runnerUpScore(0.5).fingerprintKey("fp").evidence(HealEvidence.builder().page("http://127.0.0.1:8080/login.html").build())
        .build();
  }
}
