package com.argus.store.heal;

import com.argus.engine.ArgusException;
import com.argus.engine.heal.FailureType;
import com.argus.engine.heal.FixType;
import com.argus.engine.heal.HealProposal;
import com.argus.engine.heal.HealProposalRepository;
import com.argus.engine.heal.ProposalStatus;
import com.argus.engine.spec.Locator;
import com.argus.store.internal.Database;
import com.argus.store.internal.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Heal proposals in Derby's {@code heal_proposals} table, with their evidence. A rejected proposal
 * stays: it is what {@link #isRejected} reads, so the same fix is never proposed again for that
 * element.
 *
 * <p>Thread-safe; every method is one transaction.
 */
public final class DerbyHealProposalRepository implements HealProposalRepository {
  private static final String COLUMNS = "id, project_id, run_id, spec_key, step_id, status, failure_type, fix_type, "
      + "old_locator, new_locator, score, runner_up_score, fingerprint_key, evidence, before_screenshot, after_screenshot, "
      + "created_at, decided_at, decided_by, candidates_snapshot";

  private final Database db;
  private final Clock clock;

  public DerbyHealProposalRepository(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public HealProposal add(HealProposal p) {
    if (p.specKey() == null || p.stepId() == null || p.failureType() == null) {
      throw new ArgusException("A heal proposal needs the spec, the step and the failure type.");
    }
    Instant created = p.createdAt() != null ? p.createdAt().truncatedTo(ChronoUnit.MICROS)
        : clock.instant().truncatedTo(ChronoUnit.MICROS);
    ProposalStatus status = p.status() == null ? ProposalStatus.PENDING : p.status();
    long id = db.inTransaction("store a heal proposal for step '" + p.stepId() + "' in '" + p.specKey() + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO heal_proposals (project_id, run_id, spec_key, step_id, status, "
          + "failure_type, fix_type, old_locator, new_locator, score, runner_up_score, fingerprint_key, evidence, "
          + "before_screenshot, after_screenshot, created_at, decided_at, decided_by, candidates_snapshot) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
        Sql.setLong(ps, 1, p.projectId());
        Sql.setLong(ps, 2, p.runId());
        ps.setString(3, p.specKey());
        ps.setString(4, p.stepId());
        ps.setString(5, status.name());
        ps.setString(6, p.failureType().fileName());
        ps.setString(7, p.fixType() == null ? null : p.fixType().name());
        ps.setString(8, LocatorJson.write(p.oldLocator()));
        ps.setString(9, LocatorJson.write(p.newLocator()));
        setDouble(ps, 10, p.score());
        setDouble(ps, 11, p.runnerUpScore());
        ps.setString(12, p.fingerprintKey());
        Sql.setText(ps, 13, HealEvidenceJson.write(p.evidence()));
        ps.setString(14, p.beforeScreenshot());
        ps.setString(15, p.afterScreenshot());
        Sql.setInstant(ps, 16, created);
        Sql.setInstant(ps, 17, p.decidedAt());
        ps.setString(18, p.decidedBy());
        ps.setString(19, p.candidatesSnapshot());
        ps.executeUpdate();
        return Sql.generatedId(ps);
      } catch (SQLIntegrityConstraintViolationException e) {
        throw new ArgusException("There is no project with id " + p.projectId() + " to store a heal proposal in.", e);
      }
    });
    return find(id).orElseThrow();
  }

  @Override
  public Optional<HealProposal> find(long id) {
    return db.inTransaction("read heal proposal " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM heal_proposals WHERE id = ?")) {
        ps.setLong(1, id);
        List<HealProposal> all = readAll(ps);
        return all.isEmpty() ? Optional.<HealProposal>empty() : Optional.of(all.get(0));
      }
    });
  }

  @Override
  public List<HealProposal> list(Long projectId, ProposalStatus status) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM heal_proposals WHERE 1 = 1");
    if (projectId != null) {
      sql.append(" AND project_id = ?");
    }
    if (status != null) {
      sql.append(" AND status = ?");
    }
    sql.append(" ORDER BY created_at DESC, id DESC");
    return db.inTransaction("list heal proposals", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
        int i = 1;
        if (projectId != null) {
          ps.setLong(i++, projectId);
        }
        if (status != null) {
          ps.setString(i, status.name());
        }
        return readAll(ps);
      }
    });
  }

  @Override
  public HealProposal decide(long id, ProposalStatus status, String by) {
    if (status == null || status == ProposalStatus.PENDING) {
      throw new ArgusException("A decision on a heal proposal is to approve or to reject it.");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    db.inTransaction("decide heal proposal " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT status FROM heal_proposals WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw noSuchProposal(id);
          }
          String current = rs.getString(1);
          if (!ProposalStatus.PENDING.name().equals(current)) {
            throw new ArgusException("Heal proposal " + id + " was already " + current.toLowerCase(java.util.Locale.ROOT) + ".");
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE heal_proposals SET status = ?, decided_at = ?, decided_by = ? WHERE id = ?")) {
        ps.setString(1, status.name());
        Sql.setInstant(ps, 2, now);
        ps.setString(3, by == null ? null : by.length() > 200 ? by.substring(0, 200) : by);
        ps.setLong(4, id);
        ps.executeUpdate();
      }
      return null;
    });
    return find(id).orElseThrow(() -> noSuchProposal(id));
  }

  @Override
  public boolean isRejected(String fingerprintKey, Locator newLocator) {
    if (fingerprintKey == null || newLocator == null) {
      return false;
    }
    String json = LocatorJson.write(newLocator);
    return db.inTransaction("look up rejected heals", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT 1 FROM heal_proposals WHERE fingerprint_key = ? AND status = ? AND new_locator = ?")) {
        ps.setString(1, fingerprintKey);
        ps.setString(2, ProposalStatus.REJECTED.name());
        ps.setString(3, json);
        ps.setMaxRows(1);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next();
        }
      }
    });
  }

  private static List<HealProposal> readAll(PreparedStatement ps) throws SQLException {
    List<HealProposal> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String fix = rs.getString("fix_type");
        long id = rs.getLong("id");
        out.add(HealProposal.builder().id(id).projectId(Sql.getLong(rs, "project_id")).runId(Sql.getLong(rs, "run_id"))
            .specKey(rs.getString("spec_key")).stepId(rs.getString("step_id"))
            .status(ProposalStatus.valueOf(rs.getString("status")))
            .failureType(FailureType.fromFileName(rs.getString("failure_type")))
            .fixType(fix == null ? null : FixType.valueOf(fix))
            .locators(LocatorJson.read(rs.getString("old_locator")), LocatorJson.read(rs.getString("new_locator")))
            .score(getDouble(rs, "score")).runnerUpScore(getDouble(rs, "runner_up_score"))
            .fingerprintKey(rs.getString("fingerprint_key")).evidence(HealEvidenceJson.read(rs.getString("evidence"), id))
            .screenshots(rs.getString("before_screenshot"), rs.getString("after_screenshot"))
            .createdAt(Sql.getInstant(rs, "created_at")).decidedAt(Sql.getInstant(rs, "decided_at"))
            .decidedBy(rs.getString("decided_by")).candidatesSnapshot(rs.getString("candidates_snapshot")).build());
      }
    }
    return out;
  }

  private static void setDouble(PreparedStatement ps, int index, Double v) throws SQLException {
    if (v == null) {
      ps.setNull(index, Types.DOUBLE);
    } else {
      ps.setDouble(index, v);
    }
  }

  private static Double getDouble(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  private static ArgusException noSuchProposal(long id) {
    return new ArgusException("There is no heal proposal with id " + id + ".");
  }
}
