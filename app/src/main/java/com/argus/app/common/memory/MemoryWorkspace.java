package com.argus.app.common.memory;

import com.argus.app.common.Workspace;
import com.argus.engine.ArgusException;
import com.argus.engine.audit.AuditEntry;
import com.argus.engine.audit.AuditLog;
import com.argus.engine.project.Project;
import com.argus.engine.project.ProjectRepository;
import com.argus.engine.run.ArtifactRecord;
import com.argus.engine.run.RunRecord;
import com.argus.engine.run.RunRepository;
import com.argus.engine.run.RunStatus;
import com.argus.engine.run.StepResultRecord;
import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.SpecRepository;
import com.argus.engine.spec.SpecVersion;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine's store ports held in memory, for view-model tests and for running the workbench
 * until the Derby store is wired in the composition root. Nothing survives the process.
 *
 * <p>Thread-safe (synchronized), like the ports require.
 */
public final class MemoryWorkspace {
  private MemoryWorkspace() {}

  public static Workspace create(Path home, Clock clock) {
    return new Workspace(home, new Projects(clock), new Specs(clock), new Runs(clock), new Audit(clock));
  }

  static final class Projects implements ProjectRepository {
    private final Map<Long, Project> byId = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Clock clock;

    Projects(Clock clock) {
      this.clock = clock;
    }

    @Override
    public synchronized Project create(String name, String baseUrl, String specsDir) {
      if (findByName(name).isPresent()) {
        throw new ArgusException("a project named '" + name + "' exists already");
      }
      Project p = new Project(ids.incrementAndGet(), name, baseUrl, specsDir, clock.instant(), Map.of());
      byId.put(p.id(), p);
      return p;
    }

    @Override
    public Optional<Project> findByName(String name) {
      return byId.values().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    @Override
    public Optional<Project> findById(long id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Project> list() {
      return byId.values().stream().sorted(Comparator.comparing(Project::name)).toList();
    }

    @Override
    public synchronized Project updateSettings(long projectId, Map<String, String> settings) {
      Project p = get(projectId);
      Project q = new Project(p.id(), p.name(), p.baseUrl(), p.specsDir(), p.createdAt(), settings);
      byId.put(p.id(), q);
      return q;
    }

    @Override
    public synchronized Project rename(long projectId, String newName) {
      Project p = get(projectId);
      Project q = new Project(p.id(), newName, p.baseUrl(), p.specsDir(), p.createdAt(), p.settings());
      byId.put(p.id(), q);
      return q;
    }

    @Override
    public void delete(long projectId) {
      byId.remove(projectId);
    }

    private Project get(long id) {
      return findById(id).orElseThrow(() -> new ArgusException("no project " + id));
    }
  }

  static final class Specs implements SpecRepository {
    private final List<SpecVersion> versions = new ArrayList<>();
    private final Clock clock;

    Specs(Clock clock) {
      this.clock = clock;
    }

    @Override
    public synchronized SpecVersion saveVersion(long projectId, String specKey, String content, String author, String comment) {
      Optional<SpecVersion> latest = latest(projectId, specKey);
      if (latest.isPresent() && latest.get().content().equals(content)) {
        return latest.get();
      }
      SpecVersion v = new SpecVersion(projectId, specKey, latest.map(SpecVersion::version).orElse(0) + 1,
          clock.instant(), author, comment, content);
      versions.add(v);
      return v;
    }

    @Override
    public synchronized List<SpecVersion> history(long projectId, String specKey) {
      return versions.stream().filter(v -> v.projectId() == projectId && v.specKey().equals(specKey))
          .sorted(Comparator.comparingInt(SpecVersion::version).reversed()).toList();
    }

    @Override
    public synchronized Optional<SpecVersion> latest(long projectId, String specKey) {
      return history(projectId, specKey).stream().findFirst();
    }

    @Override
    public synchronized List<String> specKeys(long projectId) {
      return versions.stream().filter(v -> v.projectId() == projectId).map(SpecVersion::specKey).distinct().sorted().toList();
    }

    @Override
    public synchronized void renameSpec(long projectId, String oldKey, String newKey) {
      versions.replaceAll(v -> v.projectId() == projectId && v.specKey().equals(oldKey)
          ? new SpecVersion(projectId, newKey, v.version(), v.savedAt(), v.author(), v.comment(), v.content()) : v);
    }
  }

  static final class Runs implements RunRepository {
    private final Map<Long, RunRecord> runs = new ConcurrentHashMap<>();
    private final List<StepResultRecord> steps = new ArrayList<>();
    private final List<ArtifactRecord> artifacts = new ArrayList<>();
    private final Map<String, ElementFingerprint> baselines = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Clock clock;

    Runs(Clock clock) {
      this.clock = clock;
    }

    @Override
    public RunRecord startRun(Long projectId, String specKey, String specName, int dataRow, String backend, String device) {
      RunRecord r = new RunRecord(ids.incrementAndGet(), projectId, specKey, specName, dataRow, backend, device,
          RunStatus.RUNNING, clock.instant(), null, 0, null);
      runs.put(r.id(), r);
      return r;
    }

    @Override
    public void finishRun(long runId, RunStatus status, long durationMs, String error) {
      RunRecord r = runs.get(runId);
      runs.put(runId, new RunRecord(r.id(), r.projectId(), r.specKey(), r.specName(), r.dataRow(), r.backend(),
          r.device(), status, r.startedAt(), clock.instant(), durationMs, error));
    }

    @Override
    public synchronized void addStepResult(StepResultRecord result) {
      steps.add(result);
    }

    @Override
    public synchronized ArtifactRecord addArtifact(long runId, String stepId, String kind, String path) {
      ArtifactRecord a = new ArtifactRecord(artifacts.size() + 1L, runId, stepId, kind, path);
      artifacts.add(a);
      return a;
    }

    @Override
    public Optional<RunRecord> findRun(long runId) {
      return Optional.ofNullable(runs.get(runId));
    }

    @Override
    public List<RunRecord> runsOfSpec(Long projectId, String specKey, int limit) {
      return runs.values().stream()
          .filter(r -> Objects.equals(r.projectId(), projectId) && r.specKey().equals(specKey))
          .sorted(Comparator.comparingLong(RunRecord::id).reversed()).limit(limit).toList();
    }

    @Override
    public List<RunRecord> latestRuns(int limit) {
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
    public void saveBaseline(Long projectId, String specKey, String stepId, ElementFingerprint fingerprint) {
      baselines.put(projectId + "/" + specKey + "/" + stepId, fingerprint);
    }

    @Override
    public Optional<ElementFingerprint> baseline(Long projectId, String specKey, String stepId) {
      return Optional.ofNullable(baselines.get(projectId + "/" + specKey + "/" + stepId));
    }
  }

  static final class Audit implements AuditLog {
    private final List<AuditEntry> entries = new ArrayList<>();
    private final Clock clock;

    Audit(Clock clock) {
      this.clock = clock;
    }

    @Override
    public synchronized void record(String actor, String action, String subject, String detail) {
      entries.add(new AuditEntry(entries.size() + 1L, clock.instant(), actor, action, subject, detail));
    }

    @Override
    public synchronized List<AuditEntry> latest(int limit) {
      List<AuditEntry> copy = new ArrayList<>(entries);
      java.util.Collections.reverse(copy);
      return copy.stream().limit(limit).toList();
    }
  }
}
