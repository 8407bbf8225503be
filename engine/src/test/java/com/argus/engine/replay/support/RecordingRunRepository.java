package com.argus.engine.replay.support;

import com.argus.engine.run.ArtifactRecord;
import com.argus.engine.run.RunRecord;
import com.argus.engine.run.RunRepository;
import com.argus.engine.run.RunStatus;
import com.argus.engine.run.StepResultRecord;
import com.argus.engine.spec.ElementFingerprint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** An in-memory {@link RunRepository} that remembers every call, for asserting what the engine stored. Thread-safe. */
public final class RecordingRunRepository implements RunRepository {
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, RunRecord> runs = new LinkedHashMap<>();
  private final List<StepResultRecord> steps = new ArrayList<>();
  private final List<ArtifactRecord> artifacts = new ArrayList<>();
  private final Map<String, ElementFingerprint> baselines = new LinkedHashMap<>();

  @Override
  public synchronized RunRecord startRun(Long projectId, String specKey, String specName, int dataRow, String backend, String device) {
    RunRecord r = new RunRecord(ids.incrementAndGet(), projectId, specKey, specName, dataRow, backend, device,
        RunStatus.RUNNING, Instant.now(), null, 0, null);
    runs.put(r.id(), r);
    return r;
  }

  @Override
  public synchronized void finishRun(long runId, RunStatus status, long durationMs, String error) {
    RunRecord r = runs.get(runId);
    runs.put(runId, new RunRecord(r.id(), r.projectId(), r.specKey(), r.specName(), r.dataRow(), r.backend(), r.device(),
        status, r.startedAt(), Instant.now(), durationMs, error));
  }

  @Override
  public synchronized void addStepResult(StepResultRecord result) {
    steps.add(result);
  }

  @Override
  public synchronized ArtifactRecord addArtifact(long runId, String stepId, String kind, String path) {
    ArtifactRecord a = new ArtifactRecord(artifacts.size() + 1, runId, stepId, kind, path);
    artifacts.add(a);
    return a;
  }

  @Override
  public synchronized Optional<RunRecord> findRun(long runId) {
    return Optional.ofNullable(runs.get(runId));
  }

  @Override
  public synchronized List<RunRecord> runsOfSpec(Long projectId, String specKey, int limit) {
    return runs.values().stream().filter(r -> r.specKey().equals(specKey))
        .sorted(Comparator.comparingLong(RunRecord::id).reversed()).limit(limit).toList();
  }

  @Override
  public synchronized List<RunRecord> latestRuns(int limit) {
    return runs.values().stream().sorted(Comparator.comparingLong(RunRecord::id).reversed()).limit(limit).toList();
  }

  @Override
  public synchronized List<StepResultRecord> stepResults(long runId) {
    return steps.stream().filter(s -> s.runId() == runId).toList();
  }

  @Override
  public synchronized List<ArtifactRecord> artifacts(long runId) {
    return artifacts.stream().filter(a -> a.runId() == runId).toList();
  }

  @Override
  public synchronized void saveBaseline(Long projectId, String specKey, String stepId, ElementFingerprint fingerprint) {
    baselines.put(specKey + "#" + stepId, fingerprint);
  }

  @Override
  public synchronized Optional<ElementFingerprint> baseline(Long projectId, String specKey, String stepId) {
    return Optional.ofNullable(baselines.get(specKey + "#" + stepId));
  }

  public synchronized List<RunRecord> allRuns() {
    return List.copyOf(runs.values());
  }

  public synchronized List<ArtifactRecord> allArtifacts() {
    return List.copyOf(artifacts);
  }

  public synchronized Map<String, ElementFingerprint> baselines() {
    return Map.copyOf(baselines);
  }
}
