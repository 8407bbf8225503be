package com.argus.engine.replay.report;

import com.argus.engine.replay.LocatorAttempt;
import com.argus.engine.run.StepHeal;
import com.argus.engine.replay.StepResult;
import com.argus.engine.replay.SuiteResult;
import com.argus.engine.replay.TestResult;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code results.json}: the same per-step data as the HTML report, for tools. Paths are
 * relative to the report folder. Stateless and thread-safe.
 */
public final class ResultsJsonReport {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  /** The document's shape. */
  record Results(int schemaVersion, String startedAt, long durationMs, long tests, long passed, long failed, long errors,
      boolean cancelled, List<Test> results) {}

  record Test(long runId, String name, String specKey, int dataRow, String backend, String device, String status,
      String startedAt, long durationMs, String error, String trace, List<Step> steps) {}

  record Step(int index, String id, String title, String action, String status, long durationMs, String error,
      String locatorUsed, int matchCount, List<LocatorAttempt> attempts, String screenshot, String domSnapshot, Heal heal) {}

  /**
   * What healing did ({@link StepHeal}), with the evidence screenshots relative to the report folder.
   * {@code decision} is the pipeline's (auto, review, none); {@code disposition} what became of the
   * fix (auto, review, proposed, failed, none).
   */
  record Heal(String oldLocator, String newLocator, Double score, String decision, String disposition, String source,
      boolean applied, boolean succeeded, Long proposalId, String beforeScreenshot, String afterScreenshot, String note,
      List<String> trace) {}

  public void write(SuiteResult suite, Path reportDir) {
    write(suite, reportDir, new ReportAssets(reportDir));
  }

  void write(SuiteResult suite, Path reportDir, ReportAssets assets) {
    List<Test> tests = suite.tests().stream().map(t -> test(t, assets)).toList();
    Results doc = new Results(1, suite.startedAt().toString(), suite.durationMs(), suite.tests().size(), suite.passed(),
        suite.failed(), suite.errors(), suite.cancelled(), tests);
    try {
      Files.createDirectories(reportDir);
      JSON.writeValue(reportDir.resolve("results.json").toFile(), doc);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write results.json in " + reportDir, e);
    }
  }

  private static Test test(TestResult t, ReportAssets assets) {
    List<Step> steps = t.steps().stream().map(s -> step(t.runId(), s, assets)).toList();
    return new Test(t.runId(), t.name(), t.specKey(), t.dataRow(), t.backend(), t.device(), t.status().name(),
        t.startedAt().toString(), t.durationMs(), t.error(), assets.copy(t.runId(), t.trace()), steps);
  }

  private static Step step(long runId, StepResult s, ReportAssets assets) {
    return new Step(s.index(), s.stepId(), s.title(), s.action(), s.status().name(), s.durationMs(), s.error(),
        s.locatorUsed(), s.matchCount(), s.attempts(), assets.copy(runId, s.screenshot()), assets.copy(runId, s.domSnapshot()),
        heal(runId, s.heal(), assets));
  }

  private static Heal heal(long runId, StepHeal h, ReportAssets assets) {
    if (h == null) {
      return null;
    }
    return new Heal(h.oldLocator(), h.newLocator(), h.score(), h.decision(), h.disposition(), h.source(), h.applied(),
        h.succeeded(), h.proposalId(), assets.copy(runId, h.beforeScreenshot()), assets.copy(runId, h.afterScreenshot()), h.note(),
        h.trace());
  }
}
