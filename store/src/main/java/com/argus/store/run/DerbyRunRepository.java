package com.argus.store.run;

import com.argus.engine.ArgusException;
import com.argus.engine.run.ArtifactRecord;
import com.argus.engine.run.RunRecord;
import com.argus.engine.run.RunRepository;
import com.argus.engine.run.RunStatus;
import com.argus.engine.run.StepHeal;
import com.argus.engine.run.StepResultRecord;
import com.argus.engine.run.StepStatus;
import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.format.SpecFormat;
import com.argus.store.internal.Database;
import com.argus.store.internal.Sql;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs, step results, artifacts and element baselines in Derby. Fingerprints are stored as JSON
 * text written by {@link SpecFormat#json()}.
 *
 * <p>Thread-safe; every method is one transaction, so parallel workers record at once and what a
 * method returned from is durable (Derby syncs its log at commit).
 */
public final class DerbyRunRepository implements RunRepository {
  private static final Logger LOG = LoggerFactory.getLogger(DerbyRunRepository.class);
  private static final String RUN_COLUMNS =
      "id, project_id, spec_key, spec_name, data_row, backend, device, status, started_at, finished_at, duration_ms, error";
  private static final int MAX_STEP_ID = 200;

  private final Database db;
  private final Clock clock;
  /*
   * saveBaseline updates or else inserts; two workers running data rows of one spec could both
   * insert. Only this JVM writes an embedded database, so a JVM lock closes the race.
   */
  private final Object baselineLock = new Object();

  public DerbyRunRepository(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public RunRecord startRun(Long projectId, String specKey, String specName, int dataRow, String backend, String device) {
    if (specKey == null || specKey.isBlank()) {
      throw new ArgusException("A run needs the key of the spec it runs.");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return db.inTransaction("record the start of a run of '" + specKey + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO runs (project_id, spec_key, spec_name, data_row, backend, device, status, started_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        Sql.setLong(ps, 1, projectId);
        ps.setString(2, specKey);
        ps.setString(3, specName);
        ps.setInt(4, dataRow);
        ps.setString(5, backend);
        ps.setString(6, device);
        ps.setString(7, RunStatus.RUNNING.name());
        Sql.setInstant(ps, 8, now);
        ps.executeUpdate();
        return new RunRecord(Sql.generatedId(ps), projectId, specKey, specName, dataRow, backend, device,
            RunStatus.RUNNING, now, null, 0, null);
      } catch (SQLIntegrityConstraintViolationException e) {
        throw new ArgusException("There is no project with id " + projectId + " to record a run in (it may have been deleted).", e);
      }
    });
  }

  @Override
  public void finishRun(long runId, RunStatus status, long durationMs, String error) {
    if (status == null) {
      throw new ArgusException("A finished run needs a status.");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    db.inTransaction("record the end of run " + runId, c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE runs SET status = ?, finished_at = ?, duration_ms = ?, error = ? WHERE id = ?")) {
        ps.setString(1, status.name());
        Sql.setInstant(ps, 2, now);
        ps.setLong(3, durationMs);
        Sql.setText(ps, 4, error);
        ps.setLong(5, runId);
        if (ps.executeUpdate() == 0) {
          throw noSuchRun(runId);
        }
      }
      return null;
    });
  }

  @Override
  public void addStepResult(StepResultRecord r) {
    if (r.status() == null || r.stepId() == null) {
      throw new ArgusException("A step result needs the step's id and status.");
    }
    db.inTransaction("record the result of step '" + r.stepId() + "' of run " + r.runId(), c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO step_results (run_id, step_index, step_id, title, status, duration_ms, error, locator_used,"
              + " match_count, screenshot_path, dom_snapshot_path, heal_old_locator, heal_new_locator, heal_score,"
              + " heal_decision, heal_source, heal_proposal_id, heal_before_screenshot, heal_after_screenshot, heal_note)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setLong(1, r.runId());
        ps.setInt(2, r.stepIndex());
        ps.setString(3, clip(r.stepId(), MAX_STEP_ID));
        ps.setString(4, clip(r.title(), 2000));
        ps.setString(5, r.status().name());
        ps.setLong(6, r.durationMs());
        Sql.setText(ps, 7, r.error());
        ps.setString(8, clip(r.locatorUsed(), 4000));
        Sql.setInt(ps, 9, r.matchCount() < 0 ? null : r.matchCount());
        ps.setString(10, r.screenshotPath());
        ps.setString(11, r.domSnapshotPath());
        StepHeal h = r.heal();
        ps.setString(12, h == null ? null : clip(h.oldLocator(), 4000));
        ps.setString(13, h == null ? null : clip(h.newLocator(), 4000));
        if (h == null || h.score() == null) {
          ps.setNull(14, Types.DOUBLE);
        } else {
          ps.setDouble(14, h.score());
        }
        ps.setString(15, h == null ? null : clip(h.disposition(), 20));
        ps.setString(16, h == null ? null : clip(h.source(), 40));
        Sql.setLong(ps, 17, h == null ? null : h.proposalId());
        ps.setString(18, h == null || h.beforeScreenshot() == null ? null : h.beforeScreenshot().toString());
        ps.setString(19, h == null || h.afterScreenshot() == null ? null : h.afterScreenshot().toString());
        ps.setString(20, h == null ? null : clip(h.note(), 2000));
        ps.executeUpdate();
      } catch (SQLIntegrityConstraintViolationException e) {
        throw noSuchRun(r.runId(), e);
      }
      return null;
    });
  }

  @Override
  public ArtifactRecord addArtifact(long runId, String stepId, String kind, String path) {
    if (kind == null || path == null) {
      throw new ArgusException("An artifact needs a kind and a path.");
    }
    return db.inTransaction("record the " + kind + " of run " + runId, c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO artifacts (run_id, step_id, kind, path) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        ps.setLong(1, runId);
        ps.setString(2, stepId);
        ps.setString(3, kind);
        ps.setString(4, path);
        ps.executeUpdate();
        return new ArtifactRecord(Sql.generatedId(ps), runId, stepId, kind, path);
      } catch (SQLIntegrityConstraintViolationException e) {
        throw noSuchRun(runId, e);
      }
    });
  }

  @Override
  public Optional<RunRecord> findRun(long runId) {
    return db.inTransaction("read run " + runId, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + RUN_COLUMNS + " FROM runs WHERE id = ?")) {
        ps.setLong(1, runId);
        List<RunRecord> runs = runs(ps);
        return runs.stream().findFirst();
      }
    });
  }

  @Override
  public List<RunRecord> runsOfSpec(Long projectId, String specKey, int limit) {
    // Ids grow with start time, and the primary key orders them without a sort.
    String sql = "SELECT " + RUN_COLUMNS + " FROM runs WHERE "
        + (projectId == null ? "project_id IS NULL" : "project_id = ?") + " AND spec_key = ? ORDER BY id DESC";
    return db.inTransaction("read the runs of '" + specKey + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int i = 1;
        if (projectId != null) {
          ps.setLong(i++, projectId);
        }
        ps.setString(i, specKey);
        ps.setMaxRows(Math.max(0, limit));
        return limit <= 0 ? List.of() : runs(ps);
      }
    });
  }

  @Override
  public List<RunRecord> latestRuns(int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return db.inTransaction("read the latest runs", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + RUN_COLUMNS + " FROM runs ORDER BY id DESC")) {
        ps.setMaxRows(limit);
        return runs(ps);
      }
    });
  }

  private static List<RunRecord> runs(PreparedStatement ps) throws SQLException {
    List<RunRecord> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Long duration = Sql.getLong(rs, "duration_ms");
        out.add(new RunRecord(rs.getLong("id"), Sql.getLong(rs, "project_id"), rs.getString("spec_key"),
            rs.getString("spec_name"), rs.getInt("data_row"), rs.getString("backend"), rs.getString("device"),
            RunStatus.valueOf(rs.getString("status")), Sql.getInstant(rs, "started_at"),
            Sql.getInstant(rs, "finished_at"), duration == null ? 0 : duration, rs.getString("error")));
      }
    }
    return out;
  }

  @Override
  public List<StepResultRecord> stepResults(long runId) {
    return db.inTransaction("read the step results of run " + runId, c -> {
      List<StepResultRecord> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT run_id, step_index, step_id, title, status, duration_ms, error, locator_used, match_count,"
              + " screenshot_path, dom_snapshot_path, heal_old_locator, heal_new_locator, heal_score, heal_decision,"
              + " heal_source, heal_proposal_id, heal_before_screenshot, heal_after_screenshot, heal_note"
              + " FROM step_results WHERE run_id = ? ORDER BY step_index, id")) {
        ps.setLong(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Long duration = Sql.getLong(rs, "duration_ms");
            Long matches = Sql.getLong(rs, "match_count");
            out.add(new StepResultRecord(rs.getLong("run_id"), rs.getInt("step_index"), rs.getString("step_id"),
                rs.getString("title"), StepStatus.valueOf(rs.getString("status")), duration == null ? 0 : duration,
                rs.getString("error"), rs.getString("locator_used"), matches == null ? -1 : matches.intValue(),
                rs.getString("screenshot_path"), rs.getString("dom_snapshot_path"), heal(rs)));
          }
        }
      }
      return out;
    });
  }

  // A step healing never ran for has no decision.
  private static StepHeal heal(ResultSet rs) throws SQLException {
    String decision = rs.getString("heal_decision");
    if (decision == null) {
      return null;
    }
    double score = rs.getDouble("heal_score");
    Double s = rs.wasNull() ? null : score;
    return new StepHeal(rs.getString("heal_old_locator"), rs.getString("heal_new_locator"), s, decision,
        rs.getString("heal_source"), Sql.getLong(rs, "heal_proposal_id"), path(rs.getString("heal_before_screenshot")),
        path(rs.getString("heal_after_screenshot")), rs.getString("heal_note"), null, List.of());
  }

  private static java.nio.file.Path path(String stored) {
    return stored == null ? null : java.nio.file.Path.of(stored);
  }

  @Override
  public List<ArtifactRecord> artifacts(long runId) {
    return db.inTransaction("read the artifacts of run " + runId, c -> {
      List<ArtifactRecord> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id, run_id, step_id, kind, path FROM artifacts WHERE run_id = ? ORDER BY id")) {
        ps.setLong(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new ArtifactRecord(rs.getLong("id"), rs.getLong("run_id"), rs.getString("step_id"),
                rs.getString("kind"), rs.getString("path")));
          }
        }
      }
      return out;
    });
  }

  @Override
  public void saveBaseline(Long projectId, String specKey, String stepId, ElementFingerprint fingerprint) {
    if (specKey == null || stepId == null || fingerprint == null) {
      throw new ArgusException("A baseline needs the spec key, the step id and the fingerprint.");
    }
    String json = toJson(fingerprint);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    synchronized (baselineLock) {
      db.inTransaction("save the baseline of step '" + stepId + "' in '" + specKey + "'", c -> {
        try (PreparedStatement ps = c.prepareStatement("UPDATE element_baselines SET fingerprint = ?, updated_at = ? WHERE "
            + projectCondition(projectId) + " AND spec_key = ? AND step_id = ?")) {
          Sql.setText(ps, 1, json);
          Sql.setInstant(ps, 2, now);
          bindKey(ps, 3, projectId, specKey, stepId);
          if (ps.executeUpdate() > 0) {
            return null;
          }
        }
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO element_baselines (project_id, spec_key, step_id, fingerprint, updated_at) VALUES (?, ?, ?, ?, ?)")) {
          Sql.setLong(ps, 1, projectId);
          ps.setString(2, specKey);
          ps.setString(3, stepId);
          Sql.setText(ps, 4, json);
          Sql.setInstant(ps, 5, now);
          ps.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException e) {
          throw new ArgusException("There is no project with id " + projectId + " to save a baseline in (it may have been deleted).", e);
        }
        return null;
      });
    }
  }

  @Override
  public Optional<ElementFingerprint> baseline(Long projectId, String specKey, String stepId) {
    String json = db.inTransaction("read the baseline of step '" + stepId + "' in '" + specKey + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT fingerprint FROM element_baselines WHERE "
          + projectCondition(projectId) + " AND spec_key = ? AND step_id = ? ORDER BY updated_at DESC, id DESC")) {
        bindKey(ps, 1, projectId, specKey, stepId);
        ps.setMaxRows(1);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getString(1) : null;
        }
      }
    });
    if (json == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(SpecFormat.json().readValue(json, ElementFingerprint.class));
    } catch (JsonProcessingException e) {
      // An unreadable baseline (written by another Argus version) is no baseline: healing then
      // falls back to the spec's own locators instead of failing the run.
      LOG.warn("Ignoring the unreadable baseline of step '{}' in '{}': {}", stepId, specKey, e.getOriginalMessage());
      return Optional.empty();
    }
  }

  private static String projectCondition(Long projectId) {
    return projectId == null ? "project_id IS NULL" : "project_id = ?";
  }

  private static void bindKey(PreparedStatement ps, int first, Long projectId, String specKey, String stepId)
      throws SQLException {
    int i = first;
    if (projectId != null) {
      ps.setLong(i++, projectId);
    }
    ps.setString(i++, specKey);
    ps.setString(i, stepId);
  }

  private static String toJson(ElementFingerprint fingerprint) {
    try {
      return SpecFormat.json().writeValueAsString(fingerprint);
    } catch (JsonProcessingException e) {
      throw new ArgusException("Argus could not store an element fingerprint: " + e.getOriginalMessage(), e);
    }
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }

  private static ArgusException noSuchRun(long runId) {
    return new ArgusException("There is no run with id " + runId + " (it may have been deleted with its project).");
  }

  private static ArgusException noSuchRun(long runId, SQLException cause) {
    return new ArgusException("There is no run with id " + runId + " (it may have been deleted with its project).",
        cause);
  }
}
