package com.argus.engine.replay;

import com.argus.engine.ArgusException;
import com.argus.engine.heal.FixType;
import com.argus.engine.heal.HealEvidence;
import com.argus.engine.heal.HealMode;
import com.argus.engine.heal.HealOutcome;
import com.argus.engine.heal.HealProposal;
import com.argus.engine.heal.HealProposalRepository;
import com.argus.engine.heal.HealResult;
import com.argus.engine.heal.HealSource;
import com.argus.engine.heal.HealingKeys;
import com.argus.engine.heal.HealingPipeline;
import com.argus.engine.heal.StepFailure;
import com.argus.engine.heal.review.SpecRewrite;
import com.argus.engine.locate.RankedCandidate;
import com.argus.engine.replay.driver.BrowserDriver;
import com.argus.engine.replay.driver.BrowserGoneException;
import com.argus.engine.replay.driver.Outline;
import com.argus.engine.replay.driver.Scope;
import com.argus.engine.run.RunRecord;
import com.argus.engine.run.RunRepository;
import com.argus.engine.run.RunStatus;
import com.argus.engine.run.StepHeal;
import com.argus.engine.run.StepResultRecord;
import com.argus.engine.run.StepStatus;
import com.argus.engine.secret.Redactor;
import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Target;
import com.argus.engine.spec.format.SpecFormat;
import com.argus.engine.spec.store.SpecId;
import com.argus.engine.spec.store.SpecStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The replay side of self-healing for one test: when a step's locators find nothing, runs the
 * {@link HealingPipeline} on the page and acts on its result as the {@link HealMode} says. A heal
 * counts only if the step then succeeds; in {@link HealMode#AUTO} that teaches the knowledge base,
 * in {@link HealMode#REVIEW} the person's decision on the stored proposal does.
 *
 * <p>Not thread-safe: one per test, on the test's thread.
 */
final class StepHealing {
  private static final Logger LOG = LoggerFactory.getLogger(StepHealing.class);
  /** How many recent runs of the spec are searched for the last good one with the step's screenshot. */
  private static final int LOOK_BACK_RUNS = 20;

  /**
   * What a runner needs to heal: the pipeline, where proposals go, and the store that saves confident
   * heals into the spec. Immutable; thread-safe when they are.
   */
  record Healer(HealingPipeline pipeline, HealProposalRepository proposals, SpecStore specs) {}

  private final Healer healer;
  private final HealMode mode;
  private final RunRepository runs;
  private final Long projectId;
  private final String specKey;
  private final Long runId;
  private final Artifacts artifacts;
  private final Redactor redactor;
  private final Path specFile;

  /**
   * @param artifacts where this run's evidence files go (after screenshot, copy of the before one, candidates)
   * @param redactor masks the run's secrets in everything stored
   * @param specFile the spec's file, which {@link HealMode#AUTO} rewrites with confident heals; null when none
   */
  StepHealing(Healer healer, HealMode mode, RunRepository runs, Long projectId, String specKey, Long runId, Artifacts artifacts,
      Redactor redactor, Path specFile) {
    this.healer = healer;
    this.mode = mode;
    this.runs = runs;
    this.projectId = projectId;
    this.specKey = specKey;
    this.runId = runId;
    this.artifacts = artifacts;
    this.redactor = redactor == null ? Redactor.none() : redactor;
    this.specFile = specFile;
  }

  /**
   * Heals a step whose locators found nothing, or returns {@code failed} as it is. An assertion
   * whose element is not found comes here too: it is healed like an action, and the heal counts
   * only if the assertion then holds.
   *
   * @param rerun runs a step again (with the fixed target) and returns its outcome
   */
  StepOutcome heal(Step step, Scope scope, BrowserDriver driver, StepOutcome failed, Function<Step, StepOutcome> rerun) {
    if (step.target() == null || step.target().primary() == null) {
      return failed;
    }
    StepFailure failure = new StepFailure(projectId, specKey, step, StepFailure.Signal.NOT_FOUND, failed.cause(),
        baseline(step), null, null);
    BrowserPageSnapshot page = new BrowserPageSnapshot(driver, scope);
    HealResult result;
    try {
      result = healer.pipeline().heal(failure, page);
    } catch (BrowserGoneException e) {
      throw e;
    } catch (ArgusException e) {
      LOG.warn("Healing step {} of {} failed: {}", step.id(), specKey, e.getMessage());
      return failed;
    }
    HealOutcome outcome = result.outcome();
    if (outcome == HealOutcome.RETRY) {
      return rerun.apply(step);
    }
    if (!result.hasFix() || outcome == HealOutcome.NOT_HEALED || outcome == HealOutcome.NOT_HEALABLE) {
      return failed.withHeal(info(result, false, false, null, false, Evidence.NONE, null));
    }
    // Evidence and the page's address first: running the step again may leave the page (a click
    // that navigates), and the knowledge base keys a fix by the page it was found on.
    Evidence evidence = evidence(step, scope, driver, page, result);
    String pageUrl = page.url();
    boolean apply = outcome == HealOutcome.HEALED || mode == HealMode.REVIEW;
    if (!apply) {
      Long id = propose(failure, pageUrl, result, evidence);
      return failed.withHeal(info(result, false, false, id, false, evidence, id == null ? notStored(result) : null));
    }
    Step healed = step.withTarget(new Target(List.of(result.newLocator()), step.target().fingerprint()));
    StepOutcome after = rerun.apply(healed);
    boolean ok = after.status() != StepStatus.FAILED;
    if (mode == HealMode.AUTO && secretFree(result)) {
      healer.pipeline().learn(failure, pageUrl, result, ok);
    }
    if (!ok) {
      return after.failWith("healed to " + result.newLocator().describe() + " but the step still failed: " + after.cause())
          .withHeal(info(result, true, false, null, false, evidence, null));
    }
    boolean review = mode == HealMode.REVIEW;
    Long id = review ? propose(failure, pageUrl, result, evidence) : null;
    String note = review ? (id == null ? notStored(result) : null) : persist(step, result);
    // A heal waiting for review is not yet the element's last good fingerprint.
    ElementFingerprint baseline = mode == HealMode.REVIEW ? null : after.fingerprint();
    return new StepOutcome(StepStatus.HEALED, after.cause(), result.newLocator().describe(), after.matchCount(),
        failed.attempts(), baseline, info(result, true, true, id, review, evidence, note));
  }

  /**
   * {@code --heal auto} keeps a confident heal that worked: the spec file gets the new locator first
   * (the old one stays below), so the next run does not heal again. Returns the note for the run output.
   */
  private String persist(Step step, HealResult r) {
    if (specFile == null) {
      return "spec not updated: it was not run from a file";
    }
    String name = specFile.getFileName().toString();
    if (!SpecRewrite.isWritableFormat(specFile)) {
      return "spec not updated: " + name + " is not an Argus spec file (import it with `argus import` to keep heals)";
    }
    String described = r.newLocator().describe();
    if (!redactor.redact(described).equals(described)) {
      return "spec not updated: the new locator contains a secret value; fix the step by hand";
    }
    if (SpecRewrite.isReadOnly(specFile)) {
      return "spec not updated: " + name + " is read-only, so the next run heals again; make it writable to keep the fix";
    }
    try {
      SpecId spec = new SpecId(projectId, specKey);
      String comment = "heal auto in run " + runId + ": step " + step.id() + " " + step.target().primary().describe()
          + " -> " + described;
      boolean changed = SpecRewrite.promote(healer.specs(), spec, step.id(), r.newLocator(), comment);
      return changed ? "spec updated: " + name + " now tries " + described + " first" : null;
    } catch (ArgusException e) {
      LOG.warn("Could not write the heal of step {} into {}: {}", step.id(), specFile, e.getMessage());
      return "spec not updated: " + e.userMessage();
    }
  }

  /** What a person reviewing the heal sees: the element before and after, and the candidates it was chosen from. */
  private record Evidence(Path before, Path after, Path candidates, Integer chosenIndex, Outline outline, Map<String, Object> notes) {
    static final Evidence NONE = new Evidence(null, null, null, null, null, Map.of());
  }

  private Evidence evidence(Step step, Scope scope, BrowserDriver driver, BrowserPageSnapshot page, HealResult r) {
    Map<String, Object> notes = new LinkedHashMap<>();
    Outline outline = null;
    Path after = null;
    try {
      outline = driver.outlinedScreenshot(scope, r.newLocator());
      after = artifacts.healFile(step.id(), "after.png", outline.png(), "heal-after");
    } catch (BrowserGoneException e) {
      throw e;
    } catch (ArgusException | java.io.UncheckedIOException e) {
      notes.put("after", "no screenshot: " + (e instanceof ArgusException a ? a.userMessage() : e.getMessage()));
    }
    Path before = null;
    try {
      before = beforeScreenshot(step, notes);
    } catch (ArgusException | java.io.UncheckedIOException e) {
      notes.put("before", "no screenshot: " + e.getMessage());
    }
    Integer chosen = null;
    Path candidates = null;
    try {
      List<ElementFingerprint> all = page.candidates();
      chosen = chosenIndex(page, r, all);
      candidates = artifacts.healFile(step.id(), "candidates.json.gz", gzip(redactTree(SpecFormat.json().valueToTree(all))), "heal-candidates");
    } catch (BrowserGoneException e) {
      throw e;
    } catch (ArgusException | java.io.UncheckedIOException e) {
      notes.put("candidates", "not captured: " + e.getMessage());
    }
    return new Evidence(before, after, candidates, chosen, outline, notes);
  }

  /**
   * The page as the step found it in the spec's last good run that has a screenshot of it, copied
   * into this run's artifacts. Step screenshots are taken after each step, so that is the screenshot
   * of the step before (a click that navigates would otherwise show the next page); the first step
   * has only its own.
   */
  private Path beforeScreenshot(Step step, Map<String, Object> notes) {
    for (RunRecord run : runs.runsOfSpec(projectId, specKey, LOOK_BACK_RUNS)) {
      if (runId != null && run.id() == runId || run.status() != RunStatus.PASSED) {
        continue;
      }
      Optional<StepResultRecord> shot = pageBefore(runs.stepResults(run.id()), step.id());
      if (shot.isEmpty()) {
        continue;
      }
      Path file = artifacts.resolve(shot.get().screenshotPath());
      if (!java.nio.file.Files.isRegularFile(file)) {
        continue;
      }
      try {
        Path copy = artifacts.healFile(step.id(), "before.png", java.nio.file.Files.readAllBytes(file), "heal-before");
        notes.put("before", "the page before this step in run " + run.id() + ", the last good run with a screenshot of it");
        return copy;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    notes.put("before", "none: no passed run of this spec in the last " + LOOK_BACK_RUNS
        + " has a screenshot of this step (it never passed here, or screenshots were off)");
    return null;
  }

  private static Optional<StepResultRecord> pageBefore(List<StepResultRecord> steps, String stepId) {
    Optional<StepResultRecord> self = steps.stream().filter(s -> stepId.equals(s.stepId())).findFirst();
    if (self.isEmpty()) {
      return Optional.empty();
    }
    int at = self.get().stepIndex();
    return steps.stream().filter(s -> s.stepIndex() < at && s.screenshotPath() != null)
        .max(java.util.Comparator.comparingInt(StepResultRecord::stepIndex))
        .or(() -> self.filter(s -> s.screenshotPath() != null));
  }

  /** Which candidate the fix points at: the relocation's choice, else the candidate with the fixed element's XPath. */
  private static Integer chosenIndex(BrowserPageSnapshot page, HealResult r, List<ElementFingerprint> all) {
    if (r.relocation() != null && r.source() == HealSource.SIMILARITY && r.relocation().best().isPresent()) {
      return r.relocation().best().get().index();
    }
    Optional<ElementFingerprint> found = page.describe(r.newLocator());
    if (found.isEmpty() || found.get().xpath() == null) {
      return null;
    }
    for (int i = 0; i < all.size(); i++) {
      if (found.get().xpath().equals(all.get(i).xpath())) {
        return i;
      }
    }
    return null;
  }

  private static byte[] gzip(JsonNode tree) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
      SpecFormat.json().writeValue(out, tree);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Masks secret values in every text of a JSON tree (fingerprints hold field values, evidence holds texts). */
  private JsonNode redactTree(JsonNode node) {
    if (redactor.isEmpty()) {
      return node;
    }
    if (node.isTextual()) {
      return TextNode.valueOf(redactor.redact(node.asText()));
    }
    if (node instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      names.forEach(n -> o.set(n, redactTree(o.get(n))));
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        a.set(i, redactTree(a.get(i)));
      }
    }
    return node;
  }

  private ElementFingerprint baseline(Step step) {
    try {
      return runs.baseline(projectId, specKey, step.id()).orElse(null);
    } catch (ArgusException e) {
      return null;
    }
  }

  /** Whether the heal's locators hold none of the run's secret values (variables resolved into a locator would). */
  private boolean secretFree(HealResult r) {
    for (Locator l : java.util.Arrays.asList(r.oldLocator(), r.newLocator())) {
      if (l != null && !redactor.redact(l.describe()).equals(l.describe())) {
        return false;
      }
    }
    return true;
  }

  private Long propose(StepFailure failure, String url, HealResult r, Evidence ev) {
    if (!secretFree(r)) {
      // Storing it would store the secret; the step's result (masked) still shows the heal.
      LOG.warn("Not storing the heal proposal for step {} of {}: its locators contain a secret value", failure.step().id(), specKey);
      return null;
    }
    Double runnerUp = r.relocation() == null ? null : r.relocation().runnerUp().map(RankedCandidate::score).orElse(null);
    HealProposal p = HealProposal.builder().projectId(projectId).runId(runId).specKey(specKey).stepId(failure.step().id())
        .failureType(r.failureType()).fixType(FixType.SELECTOR_CHANGED).locators(r.oldLocator(), r.newLocator())
        .score(r.score()).runnerUpScore(runnerUp).fingerprintKey(HealingKeys.fingerprintKey(failure.reference()))
        .evidence(evidence(url, r, ev)).screenshots(stored(ev.before()), stored(ev.after()))
        .candidatesSnapshot(stored(ev.candidates())).build();
    try {
      return healer.proposals().add(p).id();
    } catch (ArgusException e) {
      LOG.warn("Could not store the heal proposal for step {} of {}: {}", failure.step().id(), specKey, e.getMessage());
      return null;
    }
  }

  private String stored(Path file) {
    return file == null ? null : artifacts.stored(file);
  }

  /**
   * The proposal's evidence: page, source, reason, trace, the breakdowns of the choice and the
   * runner-up, the chosen candidate's index and outline box, what became of the screenshots and the
   * thresholds used. Secrets masked.
   */
  private HealEvidence evidence(String url, HealResult r, Evidence ev) {
    HealEvidence.Builder e = HealEvidence.builder().page(redact(url))
        .source(r.source() == null ? null : r.source().name().toLowerCase(java.util.Locale.ROOT))
        .decision(r.decision() == null ? null : r.decision().fileName())
        .thresholds(HealEvidence.Thresholds.of(healer.pipeline().settings()))
        .trace(r.trace().stream().map(redactor::redact).toList())
        .chosenIndex(ev.chosenIndex())
        .screenshots(new HealEvidence.ScreenshotNotes(note(ev, "before"), note(ev, "after"), note(ev, "candidates")));
    if (r.relocation() != null) {
      e.reason(redact(r.relocation().reason())).candidateCount(r.relocation().candidateCount())
          .best(r.relocation().best().orElse(null)).runnerUp(r.relocation().runnerUp().orElse(null));
    }
    if (ev.outline() != null) {
      e.outline(new HealEvidence.Box(ev.outline().x(), ev.outline().y(), ev.outline().width(), ev.outline().height()));
    }
    return e.build();
  }

  private String note(Evidence ev, String which) {
    Object n = ev.notes().get(which);
    return n == null ? null : redact(n.toString());
  }

  private String redact(String text) {
    return text == null ? null : redactor.redact(text);
  }

  /**
   * Why a heal that needs a person has no proposal to approve: the test must not look settled
   * (in review mode it still counts as pending), and the person must know to fix the step by hand.
   */
  private String notStored(HealResult r) {
    return secretFree(r)
        ? "no proposal stored: saving it failed (see the log); check this heal and fix the step by hand"
        : "no proposal stored: its locators contain a secret value; check this heal and fix the step by hand";
  }

  private StepHeal info(HealResult r, boolean applied, boolean succeeded, Long proposalId, boolean awaitingReview, Evidence ev,
      String note) {
    String notes = note;
    Object before = ev.notes().get("before");
    if (applied || proposalId != null) {
      if (ev.after() == null && ev.notes().get("after") != null) {
        notes = (notes == null ? "" : notes + "; ") + "after screenshot: " + ev.notes().get("after");
      }
      if (ev.before() == null && before != null && proposalId != null) {
        notes = (notes == null ? "" : notes + "; ") + "before screenshot: " + before;
      }
    }
    return new StepHeal(r.oldLocator() == null ? null : redactor.redact(r.oldLocator().describe()),
        r.newLocator() == null ? null : redactor.redact(r.newLocator().describe()), r.score(),
        StepHeal.disposition(applied, succeeded, awaitingReview, proposalId),
        r.source() == null ? null : r.source().name().toLowerCase(java.util.Locale.ROOT), proposalId, ev.before(), ev.after(),
        redact(notes), r.decision() == null ? "none" : r.decision().fileName(), r.trace().stream().map(redactor::redact).toList());
  }
}
