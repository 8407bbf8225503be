package com.argus.app.heal;

import com.argus.engine.ArgusException;
import com.argus.engine.heal.HealReview;
import com.argus.engine.heal.HealingPipeline;
import com.argus.engine.heal.HealingSettings;
import com.argus.engine.locate.SimilarityWeights;
import com.argus.engine.project.Project;
import com.argus.store.Workspace;
import com.argus.engine.locate.Relocator;
import com.argus.app.specs.SpecFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * The healing engine on a workspace, built the same way for {@code argus run --heal}, {@code argus
 * heals} and the workbench: the project's heal settings become the pipeline's thresholds, and a
 * proposal's spec key finds its file through the projects' specs folders.
 *
 * <p>Stateless.
 */
public final class WorkspaceHealing {
  private WorkspaceHealing() {}

  /**
   * The review queue: approving rewrites the proposal's spec and shares the fix with every other
   * spec of the project on the same broken locator (rewritten where their own relocation agrees,
   * proposed otherwise).
   */
  public static HealReview review(Workspace ws) {
    return new HealReview(ws.healProposals(), ws.healingPatterns(), key -> specFile(ws, key), id -> projectSpecs(ws, id),
        stored -> stored(ws, stored), ws.runs(),
        projectId -> new Relocator(SimilarityWeights.defaults(), settingsOf(projectId == null ? null
            : ws.projects().findById(projectId).orElse(null)).relocation()));
  }

  /** A project's spec files keyed as runs key them: by their path inside its specs folder. */
  static List<HealReview.SpecFile> projectSpecs(Workspace ws, long projectId) {
    return ws.projects().findById(projectId).map(Project::specsDir).filter(d -> d != null).map(d -> {
      Path root = Path.of(d).toAbsolutePath().normalize();
      return SpecFiles.find(root).stream().map(f -> new HealReview.SpecFile(SpecFiles.keyOf(root, f), f)).toList();
    }).orElse(List.of());
  }

  /** Artifact paths are stored relative to the Argus home when under it. */
  public static Path stored(Workspace ws, String path) {
    Path p = Path.of(path);
    return p.isAbsolute() ? p : ws.home().resolveStored(path);
  }

  public static HealingPipeline pipeline(Workspace ws, Project project) {
    return new HealingPipeline(SimilarityWeights.defaults(), settingsOf(project), ws.healingPatterns(), ws.healProposals());
  }

  /** The thresholds a project chose (validated with its settings); the defaults without a project. */
  public static HealingSettings settingsOf(Project project) {
    return project == null ? HealingSettings.DEFAULTS : project.settings().healing();
  }

  /** Proposals name their spec by key: relative to its project's specs folder, else absolute. */
  static Path specFile(Workspace ws, String key) {
    Path path = Path.of(key);
    if (path.isAbsolute()) {
      return path;
    }
    return ws.projects().list().stream().map(Project::specsDir).filter(d -> d != null)
        .map(d -> Path.of(d).resolve(key)).filter(p -> p.toFile().isFile()).findFirst()
        .orElseThrow(() -> new ArgusException("The spec " + key + " is in no project's specs folder any more."));
  }
}
