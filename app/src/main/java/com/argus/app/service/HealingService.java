package com.argus.app.service;

import com.argus.engine.heal.HealingPipeline;
import com.argus.engine.heal.HealingSettings;
import com.argus.engine.heal.review.HealReview;
import com.argus.engine.locate.Relocator;
import com.argus.engine.locate.SimilarityWeights;
import com.argus.engine.project.Project;
import com.argus.store.Workspace;
import java.nio.file.Path;

/**
 * The healing engine on a workspace, built the same way for {@code argus run --heal}, {@code argus
 * heals} and the workbench's run and heal review screens: the project's heal settings become the pipeline's thresholds, and a
 * proposal's spec is found in its own project's specs folder only (the workspace's spec store).
 *
 * <p>Stateless.
 */
public final class HealingService {
  private HealingService() {}

  /**
   * The review queue: approving rewrites the proposal's spec and shares the fix with every other
   * spec of the project on the same broken locator (rewritten where their own relocation agrees,
   * proposed otherwise).
   */
  public static HealReview review(Workspace ws) {
    return new HealReview(ws.healProposals(), ws.healingPatterns(), ws.specStore(), stored -> stored(ws, stored), ws.runs(),
        projectId -> new Relocator(SimilarityWeights.defaults(), settingsOf(projectId == null ? null
            : ws.projects().findById(projectId).orElse(null)).relocation()));
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
}
