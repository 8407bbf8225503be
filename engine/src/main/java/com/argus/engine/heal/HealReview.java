package com.argus.engine.heal;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The review queue behind {@code argus heals list|show|approve|reject} and the workbench's heal
 * screen. Approving rewrites the spec (the new locator becomes primary, the old one stays as a
 * lower candidate) and teaches the knowledge base a success; rejecting teaches it a failure, and
 * the rejected proposal keeps the same fix from ever being proposed again for that element.
 *
 * <p>Thread-safe when the repositories are; two people deciding one proposal at once: the store
 * refuses the second decision.
 */
public final class HealReview {
  private final HealProposalRepository proposals;
  private final HealingPatternRepository patterns;
  private final Function<String, Path> specFiles;

  /**
   * @param specFiles the spec file for a proposal's spec key (the project's specs folder resolves it)
   */
  public HealReview(HealProposalRepository proposals, HealingPatternRepository patterns, Function<String, Path> specFiles) {
    this.proposals = proposals;
    this.patterns = patterns;
    this.specFiles = specFiles;
  }

  /** Proposals with this status (all when null), newest first. */
  public List<HealProposal> list(Long projectId, ProposalStatus status) {
    return proposals.list(projectId, status);
  }

  public Optional<HealProposal> show(long id) {
    return proposals.find(id);
  }

  /** Approves: rewrites the spec file, records the decision and a success in the knowledge base. */
  public HealProposal approve(long id, String by) {
    HealProposal p = pending(id);
    Path file = specFiles.apply(p.specKey());
    if (file == null || !Files.isRegularFile(file)) {
      throw new ArgusException("The spec of heal proposal " + id + " (" + p.specKey() + ") is not at " + file
          + "; it may have been moved or deleted. Reject the proposal, or restore the spec.");
    }
    TestSpec spec = SpecFormat.read(file);
    boolean[] found = {false};
    TestSpec healed = spec.withStep(p.stepId(), s -> {
      found[0] = true;
      return promote(s, p.newLocator());
    });
    if (!found[0]) {
      throw new ArgusException("The spec " + p.specKey() + " has no step '" + p.stepId() + "' any more; reject heal proposal " + id + ".");
    }
    SpecFormat.write(healed, file);
    HealProposal decided = proposals.decide(id, ProposalStatus.APPROVED, by);
    teach(decided, true);
    return decided;
  }

  /** Rejects: records the decision (so the fix is never proposed again for the element) and a failure in the knowledge base. */
  public HealProposal reject(long id, String by) {
    pending(id);
    HealProposal decided = proposals.decide(id, ProposalStatus.REJECTED, by);
    teach(decided, false);
    return decided;
  }

  private HealProposal pending(long id) {
    HealProposal p = proposals.find(id).orElseThrow(() -> new ArgusException("There is no heal proposal with id " + id + "."));
    if (p.newLocator() == null || p.oldLocator() == null) {
      throw new ArgusException("Heal proposal " + id + " has no locator to apply.");
    }
    return p;
  }

  private static Step promote(Step s, Locator newLocator) {
    if (s.target() == null) {
      throw new ArgusException("Step '" + s.id() + "' has no element to heal.");
    }
    return s.withTarget(s.target().withPrimary(newLocator));
  }

  private void teach(HealProposal p, boolean success) {
    String page = page(p.evidence());
    patterns.record(p.projectId(), HealingKeys.patternKey(p.oldLocator(), p.failureType(), page), HealingKeys.pageOf(page),
        p.failureType(), p.oldLocator(), p.newLocator(), success);
  }

  // The page URL the proposal was made on, from its evidence.
  private static String page(String evidence) {
    if (evidence == null) {
      return null;
    }
    try {
      com.fasterxml.jackson.databind.JsonNode n = SpecFormat.json().readTree(evidence).get("page");
      return n == null || n.isNull() ? null : n.asText();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }
}
