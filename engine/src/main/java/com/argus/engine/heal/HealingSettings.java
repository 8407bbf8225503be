package com.argus.engine.heal;

import com.argus.engine.locate.RelocationSettings;
import java.util.Objects;

/**
 * The pipeline's thresholds, as named settings.
 *
 * @param relocation when a similarity relocation is applied automatically
 * @param knowledgeApply a knowledge-base fix with confidence above this is applied
 * @param knowledgeVerify between this and {@code knowledgeApply} it is applied only when the
 *     element it finds still resembles the step's fingerprint (score at the auto threshold);
 *     below, the pipeline goes on
 *
 * <p>Immutable.
 */
public record HealingSettings(RelocationSettings relocation, double knowledgeApply, double knowledgeVerify) {
  public static final HealingSettings DEFAULTS = new HealingSettings(RelocationSettings.DEFAULTS, 0.9, 0.5);

  public HealingSettings {
    Objects.requireNonNull(relocation, "relocation");
    if (!(knowledgeVerify >= 0 && knowledgeVerify <= knowledgeApply && knowledgeApply <= 1)) {
      throw new IllegalArgumentException("need 0 <= knowledgeVerify <= knowledgeApply <= 1: " + knowledgeVerify + ", " + knowledgeApply);
    }
  }
}
