package com.argus.engine.heal.review;

import com.argus.engine.ArgusException;
import com.argus.engine.heal.HealEvidence;
import com.argus.engine.heal.HealProposal;
import com.argus.engine.heal.HealProposalRepository;
import com.argus.engine.heal.HealingKeys;
import com.argus.engine.heal.HealingPatternRepository;
import com.argus.engine.heal.ProposalStatus;
import com.argus.engine.locate.Decision;
import com.argus.engine.locate.Relocation;
import com.argus.engine.locate.Relocator;
import com.argus.engine.run.RunRepository;
import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFormat;
import com.argus.engine.spec.store.SpecId;
import com.argus.engine.spec.store.SpecStore;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review queue behind {@code argus heals list|show|approve|reject} and the workbench's heal
 * screen. Approving rewrites the spec (the new locator becomes primary, the old one stays as a
 * lower candidate) and teaches the knowledge base a success; rejecting teaches it a failure, and
 * the rejected proposal keeps the same fix from ever being proposed again for that element.
 *
 * <p>A proposal's spec is resolved only within the proposal's own project ({@link SpecStore}), and every
 * rewrite is saved as a version by the healer naming the heal, so the spec's history shows it.
 *
 * <p><b>Cross-test learning.</b> When built for it ({@link #HealReview(HealProposalRepository,
 * HealingPatternRepository, SpecStore, Function, RunRepository, Function)}), approving
 * also looks at every other step of the project whose primary locator is the same broken one. Each
 * is scored with the {@link Relocator} against the candidate elements captured when the approved
 * proposal was made: if its own best match is the approved element and the decision is {@code auto},
 * its spec is rewritten too (recorded as an approved proposal); otherwise a pending proposal is
 * made for it, so a person looks once more. {@link #approveForAll} rewrites them all without asking.
 *
 * <p>Thread-safe when the repositories are; two people deciding one proposal at once: the store
 * refuses the second decision.
 */
public final class HealReview {
  private static final Logger LOG = LoggerFactory.getLogger(HealReview.class);

  private final HealProposalRepository proposals;
  private final HealingPatternRepository patterns;
  private final SpecStore specs;
  private final boolean sharing;
  private final Function<String, Path> storedFiles;
  private final RunRepository runs;
  private final Function<Long, Relocator> relocators;

  /**
   * What approving did besides the approved spec: one entry per other step that uses the same broken locator.
   *
   * @param rewritten its spec was rewritten (its own relocation agreed, or approve for all)
   * @param proposalId the proposal recording it (approved when rewritten, else pending), or null
   * @param reason why it was rewritten or only proposed
   *
   * <p>Immutable.
   */
  public record Shared(String specKey, String stepId, boolean rewritten, Long proposalId, String reason) {}

  /** An approval and what it did for other steps that shared the broken locator. Immutable. */
  public record Approval(HealProposal proposal, List<Shared> shared) {
    public Approval {
      shared = List.copyOf(shared);
    }
  }

  /**
   * A review without cross-test learning: approving changes the proposal's own spec only.
   *
   * @param specs resolves a proposal's spec within its project and saves the rewrite
   */
  public HealReview(HealProposalRepository proposals, HealingPatternRepository patterns, SpecStore specs) {
    this(proposals, patterns, specs, false, Path::of, null, null);
  }

  /**
   * A review with cross-test learning.
   *
   * @param specs resolves a proposal's spec within its project, lists the project's other specs and saves rewrites
   * @param storedFiles a stored artifact path (relative to the Argus home, or absolute) as a file
   * @param runs for each other step's last good fingerprint (else the recorded one is used); may be null
   * @param relocators a project's relocator (its own thresholds: a project that asks for more
   *     certainty before healing asks it here too); scores the other steps against the approved
   *     proposal's candidates; null to only propose
   */
  public HealReview(HealProposalRepository proposals, HealingPatternRepository patterns, SpecStore specs,
      Function<String, Path> storedFiles, RunRepository runs, Function<Long, Relocator> relocators) {
    this(proposals, patterns, specs, true, storedFiles, runs, relocators);
  }

  private HealReview(HealProposalRepository proposals, HealingPatternRepository patterns, SpecStore specs, boolean sharing,
      Function<String, Path> storedFiles, RunRepository runs, Function<Long, Relocator> relocators) {
    this.proposals = Objects.requireNonNull(proposals, "proposals");
    this.patterns = Objects.requireNonNull(patterns, "patterns");
    this.specs = Objects.requireNonNull(specs, "specs");
    this.sharing = sharing;
    this.storedFiles = Objects.requireNonNull(storedFiles, "storedFiles");
    this.runs = runs;
    this.relocators = relocators;
  }

  /** Proposals with this status (all when null), newest first. */
  public List<HealProposal> list(Long projectId, ProposalStatus status) {
    return proposals.list(projectId, status);
  }

  public Optional<HealProposal> show(long id) {
    return proposals.find(id);
  }

  /** Approves: rewrites the spec file, records the decision and a success in the knowledge base, and shares the fix (see class doc). */
  public HealProposal approve(long id, String by) {
    return approveAndShare(id, by).proposal();
  }

  /** {@link #approve}, telling what became of the other steps that used the same broken locator. */
  public Approval approveAndShare(long id, String by) {
    HealProposal decided = approveOwn(id, by);
    return new Approval(decided, share(decided, by));
  }

  /**
   * Approves the proposal and rewrites, without asking, every other step of the project whose primary
   * locator is the same broken one: the workbench's "approve for all tests that share the locator".
   * Their pending proposals for the same fix are approved with it.
   *
   * @return how many spec files changed: this proposal's and every other that shared the locator
   */
  public int approveForAll(long id, String by) {
    HealProposal p = pending(id);
    Set<Path> changed = new LinkedHashSet<>();
    Path own = ownFile(p);
    if (SpecRewrite.promote(specs, idOf(p), p.stepId(), p.newLocator(), comment(p, "approved for all tests", by))) {
      changed.add(own.toAbsolutePath().normalize());
    }
    HealProposal decided = proposals.decide(id, ProposalStatus.APPROVED, by);
    teach(decided, true);
    for (Sharer s : sharers(decided)) {
      if (SpecRewrite.promote(specs, s.entry().id(), s.step().id(), decided.newLocator(),
          comment(decided, "approved for all tests", by))) {
        changed.add(s.entry().file().toAbsolutePath().normalize());
      }
      recordApproved(decided, s, by, reference(s), null, "approved for all tests that share " + decided.oldLocator().describe());
    }
    return changed.size();
  }

  /** Rejects: records the decision (so the fix is never proposed again for the element) and a failure in the knowledge base. */
  public HealProposal reject(long id, String by) {
    pending(id);
    HealProposal decided = proposals.decide(id, ProposalStatus.REJECTED, by);
    teach(decided, false);
    return decided;
  }

  private HealProposal approveOwn(long id, String by) {
    HealProposal p = pending(id);
    ownFile(p);
    SpecRewrite.promote(specs, idOf(p), p.stepId(), p.newLocator(), comment(p, "approved", by));
    HealProposal decided = proposals.decide(id, ProposalStatus.APPROVED, by);
    teach(decided, true);
    return decided;
  }

  /** The proposal's spec, in the proposal's own project. */
  private static SpecId idOf(HealProposal p) {
    return new SpecId(p.projectId(), p.specKey());
  }

  /** The version comment of a rewrite: which heal, what it changed, who decided. */
  private static String comment(HealProposal p, String how, String by) {
    return "heal " + p.id() + " " + how + (by == null ? "" : " by " + by) + ": " + p.oldLocator().describe() + " -> "
        + p.newLocator().describe();
  }

  private Path ownFile(HealProposal p) {
    Path file;
    try {
      file = specs.resolve(idOf(p));
    } catch (ArgusException e) {
      throw new ArgusException("The spec of heal proposal " + p.id() + " cannot be found: " + e.userMessage()
          + " Reject the proposal, or restore the spec.", e);
    }
    TestSpec spec = SpecFormat.read(file);
    if (spec.step(p.stepId()).isEmpty()) {
      throw new ArgusException("The spec " + p.specKey() + " has no step '" + p.stepId() + "' any more; reject heal proposal "
          + p.id() + ".");
    }
    return file;
  }

  private HealProposal pending(long id) {
    HealProposal p = proposals.find(id).orElseThrow(() -> new ArgusException("There is no heal proposal with id " + id + "."));
    if (p.newLocator() == null || p.oldLocator() == null) {
      throw new ArgusException("Heal proposal " + id + " has no locator to apply.");
    }
    if (p.status() != ProposalStatus.PENDING) {
      throw new ArgusException("Heal proposal " + id + " was already " + p.status().name().toLowerCase(Locale.ROOT) + ".");
    }
    return p;
  }

  /** Another step that uses the approved proposal's broken locator as its primary. */
  private record Sharer(SpecStore.Entry entry, Step step, Long projectId) {}

  private List<Sharer> sharers(HealProposal p) {
    if (!sharing || p.projectId() == null) {
      return List.of();
    }
    List<Sharer> out = new ArrayList<>();
    for (SpecStore.Entry f : specs.list(p.projectId())) {
      TestSpec spec;
      try {
        spec = SpecFormat.read(f.file());
      } catch (ArgusException e) {
        // One broken spec in the folder must not stop the approval; it is simply not shared with.
        LOG.warn("Not sharing heal {} with {}: {}", p.id(), f.file(), e.getMessage());
        continue;
      }
      for (Step s : spec.steps()) {
        boolean self = f.id().key().equals(p.specKey()) && s.id().equals(p.stepId());
        if (!self && s.target() != null && p.oldLocator().equals(s.target().primary())) {
          out.add(new Sharer(f, s, p.projectId()));
        }
      }
    }
    return out;
  }

  private List<Shared> share(HealProposal p, String by) {
    List<Sharer> sharers = sharers(p);
    if (sharers.isEmpty()) {
      return List.of();
    }
    List<ElementFingerprint> candidates = candidates(p);
    Integer chosen = p.evidence().chosenIndex();
    List<Shared> out = new ArrayList<>();
    Relocator relocator = relocators == null ? null : relocators.apply(p.projectId());
    for (Sharer s : sharers) {
      ElementFingerprint reference = reference(s);
      if (reference != null && proposals.isRejected(HealingKeys.fingerprintKey(reference), p.newLocator())) {
        out.add(new Shared(s.entry().id().key(), s.step().id(), false, null,
            "not shared: a person rejected " + p.newLocator().describe() + " for this element"));
        continue;
      }
      String why;
      Relocation r = null;
      if (relocator == null || candidates == null || chosen == null) {
        why = "the page's candidates were not captured with proposal " + p.id() + ", so Argus cannot check this step on its own";
      } else if (reference == null) {
        why = "the step has no fingerprint to compare, so Argus cannot check it on its own";
      } else {
        r = relocator.relocate(reference, candidates);
        boolean same = r.best().map(b -> b.index() == chosen).orElse(false);
        if (same && r.decision() == Decision.AUTO) {
          try {
            SpecRewrite.promote(specs, s.entry().id(), s.step().id(), p.newLocator(), comment(p, "shared", by));
            Long pid = recordApproved(p, s, by, reference, r, "its own relocation agrees: " + r.reason());
            out.add(new Shared(s.entry().id().key(), s.step().id(), true, pid, "its own relocation agrees: " + r.reason()));
            continue;
          } catch (ArgusException e) {
            why = "could not rewrite it: " + e.userMessage();
          }
        } else {
          why = same ? "its own relocation finds the same element but is not sure: " + r.reason()
              : "its own relocation prefers another element (" + r.reason() + ")";
        }
      }
      out.add(proposeShared(p, s, reference, r, chosen, why));
    }
    return out;
  }

  private Shared proposeShared(HealProposal p, Sharer s, ElementFingerprint reference, Relocation r, Integer chosen, String why) {
    Optional<HealProposal> open = pendingFor(p, s);
    if (open.isPresent()) {
      return new Shared(s.entry().id().key(), s.step().id(), false, open.get().id(), why + "; proposal " + open.get().id() + " waits");
    }
    Double score = r == null || chosen == null ? null
        : r.ranked().stream().filter(c -> c.index() == chosen).findFirst().map(c -> c.score()).orElse(null);
    HealProposal shared = proposals.add(sharedProposal(p, s, score, reference, why));
    return new Shared(s.entry().id().key(), s.step().id(), false, shared.id(), why);
  }

  /** Records a rewrite of another step as an approved proposal (the audit trail), approving its pending one for the same fix. */
  private Long recordApproved(HealProposal p, Sharer s, String by, ElementFingerprint reference, Relocation r, String why) {
    String who = (by == null ? "argus" : by) + " (shared from heal " + p.id() + ")";
    Optional<HealProposal> open = pendingFor(p, s);
    if (open.isPresent()) {
      return proposals.decide(open.get().id(), ProposalStatus.APPROVED, who).id();
    }
    Double score = r == null ? null : r.best().map(b -> b.score()).orElse(null);
    HealProposal added = proposals.add(sharedProposal(p, s, score, reference, why));
    return proposals.decide(added.id(), ProposalStatus.APPROVED, who).id();
  }

  /** The approved fix proposed for another step: no before screenshot of its own, the approved one's page after. */
  private static HealProposal sharedProposal(HealProposal p, Sharer s, Double score, ElementFingerprint reference, String why) {
    return HealProposal.builder().projectId(p.projectId()).runId(p.runId()).specKey(s.entry().id().key()).stepId(s.step().id())
        .failureType(p.failureType()).fixType(p.fixType()).locators(p.oldLocator(), p.newLocator()).score(score)
        .fingerprintKey(HealingKeys.fingerprintKey(reference)).evidence(sharedEvidence(p, why))
        .screenshots(null, p.afterScreenshot()).candidatesSnapshot(p.candidatesSnapshot()).build();
  }

  private Optional<HealProposal> pendingFor(HealProposal p, Sharer s) {
    return proposals.list(p.projectId(), ProposalStatus.PENDING).stream()
        .filter(o -> o.specKey().equals(s.entry().id().key()) && o.stepId().equals(s.step().id())
            && p.newLocator().equals(o.newLocator()))
        .findFirst();
  }

  private static HealEvidence sharedEvidence(HealProposal p, String why) {
    return HealEvidence.builder().page(p.evidence().page()).source("shared").sharedFrom(p.id()).reason(why)
        .chosenIndex(p.evidence().chosenIndex()).build();
  }

  /** The step's last good fingerprint, else the one recorded in the spec. */
  private ElementFingerprint reference(Sharer s) {
    if (runs != null) {
      try {
        Optional<ElementFingerprint> good = runs.baseline(s.projectId(), s.entry().id().key(), s.step().id());
        if (good.isPresent()) {
          return good.get();
        }
      } catch (ArgusException e) {
        LOG.debug("no baseline for {} {}: {}", s.entry().id().key(), s.step().id(), e.getMessage());
      }
    }
    return s.step().target() == null ? null : s.step().target().fingerprint();
  }

  /** The candidate elements the proposal's relocation scored, or null when they were not captured or are gone. */
  private List<ElementFingerprint> candidates(HealProposal p) {
    if (p.candidatesSnapshot() == null) {
      return null;
    }
    Path file = storedFiles.apply(p.candidatesSnapshot());
    if (file == null || !Files.isRegularFile(file)) {
      LOG.info("The candidates of heal proposal {} are gone ({}); sharing only proposes", p.id(), file);
      return null;
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return SpecFormat.json().readValue(in, new TypeReference<List<ElementFingerprint>>() {});
    } catch (IOException e) {
      LOG.warn("Cannot read the candidates of heal proposal {} from {}: {}", p.id(), file, e.getMessage());
      return null;
    }
  }

  private void teach(HealProposal p, boolean success) {
    String page = p.evidence().page();
    patterns.record(p.projectId(), HealingKeys.patternKey(p.oldLocator(), p.failureType(), page), HealingKeys.pageOf(page),
        p.failureType(), p.oldLocator(), p.newLocator(), success);
  }
}
