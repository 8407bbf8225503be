package com.argus.app.heal;

import com.argus.engine.ArgusException;
import com.argus.engine.heal.HealReview;
import com.argus.engine.heal.HealingPipeline;
import com.argus.engine.heal.HealingSettings;
import com.argus.engine.locate.RelocationSettings;
import com.argus.engine.locate.SimilarityWeights;
import com.argus.engine.project.Project;
import com.argus.store.Workspace;
import com.argus.engine.locate.Relocator;
import java.nio.file.Path;
import java.util.Map;

/**
 * The healing engine on a workspace, built the same way for {@code argus run --heal}, {@code argus
 * heals} and the workbench: the project's heal settings become the pipeline's thresholds, and a
 * proposal's spec is found in its own project's specs folder only (the workspace's spec store).
 *
 * <p>Stateless.
 */
public final class WorkspaceHealing {
  /** Project settings (Settings screen, stored with the project). */
  public static final String AUTO_THRESHOLD = "heal.autoThreshold";
  public static final String MIN_MARGIN = "heal.minMargin";
  public static final String KNOWLEDGE_APPLY = "heal.autoApplyThreshold";
  public static final String KNOWLEDGE_VERIFY = "heal.verifyThreshold";

  private WorkspaceHealing() {}

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

  /**
   * The thresholds a project chose, each falling back to the engine's default when unset or not a
   * number; a combination the engine refuses (verify above apply) is a clear error, not a crash.
   */
  public static HealingSettings settingsOf(Project project) {
    Map<String, String> s = project == null ? Map.of() : project.settings();
    HealingSettings d = HealingSettings.DEFAULTS;
    RelocationSettings r = d.relocation();
    double auto = number(s, AUTO_THRESHOLD, r.autoThreshold());
    double margin = number(s, MIN_MARGIN, r.minMargin());
    double apply = number(s, KNOWLEDGE_APPLY, d.knowledgeApply());
    double verify = number(s, KNOWLEDGE_VERIFY, d.knowledgeVerify());
    try {
      return new HealingSettings(new RelocationSettings(auto, margin, Math.min(r.minPlausible(), auto), r.keep()), apply, verify);
    } catch (IllegalArgumentException e) {
      throw new ArgusException("The heal settings of project '" + project.name() + "' do not fit together (" + e.getMessage()
          + "). Fix them on the Settings screen.");
    }
  }

  private static double number(Map<String, String> settings, String key, double fallback) {
    String v = settings.get(key);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Double.parseDouble(v.trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
