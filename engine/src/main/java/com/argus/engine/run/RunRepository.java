package com.argus.engine.run;

import com.argus.engine.spec.ElementFingerprint;
import java.util.List;
import java.util.Optional;

/**
 * Runs, their step results and artifacts, and the last good fingerprint of every step's element:
 * the baseline healing compares a changed page against. Implemented by the store; thread-safe, so
 * parallel workers may record at once.
 */
public interface RunRepository {
  /** Records a run as started and returns it with its id. */
  RunRecord startRun(Long projectId, String specKey, String specName, int dataRow, String backend, String device);

  void finishRun(long runId, RunStatus status, long durationMs, String error);

  void addStepResult(StepResultRecord result);

  ArtifactRecord addArtifact(long runId, String stepId, String kind, String path);

  Optional<RunRecord> findRun(long runId);

  /** Runs of a spec, newest first. */
  List<RunRecord> runsOfSpec(Long projectId, String specKey, int limit);

  /** Latest runs across everything, newest first. */
  List<RunRecord> latestRuns(int limit);

  List<StepResultRecord> stepResults(long runId);

  List<ArtifactRecord> artifacts(long runId);

  /** Remembers how a step's element looked when the step last succeeded. */
  void saveBaseline(Long projectId, String specKey, String stepId, ElementFingerprint fingerprint);

  Optional<ElementFingerprint> baseline(Long projectId, String specKey, String stepId);
}
