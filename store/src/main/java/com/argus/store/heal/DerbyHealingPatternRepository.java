package com.argus.store.heal;

import com.argus.engine.ArgusException;
import com.argus.engine.heal.FailureType;
import com.argus.engine.heal.HealingPattern;
import com.argus.engine.heal.HealingPatternRepository;
import com.argus.engine.spec.Locator;
import com.argus.store.internal.Database;
import com.argus.store.internal.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The healing knowledge base in Derby's {@code healing_patterns} table: one row per (key, fix),
 * counting its successes and failures.
 *
 * <p>Thread-safe; every method is one transaction, and {@link #record} is serialised so that two
 * runner threads learning the same fix at once count twice on one row rather than create two.
 */
public final class DerbyHealingPatternRepository implements HealingPatternRepository {
  private static final String COLUMNS = "id, project_id, pattern_key, page, failure_type, selector_before, selector_after, "
      + "success_count, failure_count, created_at, updated_at";

  private final Database db;
  private final Clock clock;
  private final Object recordLock = new Object();

  public DerbyHealingPatternRepository(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public List<HealingPattern> find(Long projectId, String key) {
    List<HealingPattern> found = db.inTransaction("read the healing knowledge base", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM healing_patterns WHERE pattern_key = ? AND "
          + projectCondition(projectId))) {
        ps.setString(1, key);
        if (projectId != null) {
          ps.setLong(2, projectId);
        }
        return readAll(ps);
      }
    });
    List<HealingPattern> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingDouble(HealingPattern::confidence).reversed()
        .thenComparing(Comparator.comparingInt(HealingPattern::successes).reversed())
        .thenComparing(HealingPattern::id));
    return sorted;
  }

  @Override
  public HealingPattern record(Long projectId, String key, String page, FailureType failureType, Locator before, Locator after,
      boolean success) {
    if (key == null || failureType == null || before == null || after == null) {
      throw new ArgusException("A healing pattern needs its key, failure type, and the locators before and after.");
    }
    String afterJson = LocatorJson.write(after);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    synchronized (recordLock) {
      return db.inTransaction("teach the healing knowledge base", c -> {
        String counter = success ? "success_count" : "failure_count";
        try (PreparedStatement ps = c.prepareStatement("UPDATE healing_patterns SET " + counter + " = " + counter
            + " + 1, updated_at = ? WHERE pattern_key = ? AND selector_after = ? AND " + projectCondition(projectId))) {
          Sql.setInstant(ps, 1, now);
          ps.setString(2, key);
          ps.setString(3, afterJson);
          if (projectId != null) {
            ps.setLong(4, projectId);
          }
          if (ps.executeUpdate() == 0) {
            insert(c, projectId, key, page, failureType, before, afterJson, success, now);
          }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM healing_patterns WHERE pattern_key = ? "
            + "AND selector_after = ? AND " + projectCondition(projectId))) {
          ps.setString(1, key);
          ps.setString(2, afterJson);
          if (projectId != null) {
            ps.setLong(3, projectId);
          }
          return readAll(ps).get(0);
        }
      });
    }
  }

  private static void insert(java.sql.Connection c, Long projectId, String key, String page, FailureType failureType,
      Locator before, String afterJson, boolean success, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO healing_patterns (project_id, pattern_key, page, failure_type, "
        + "selector_before, selector_after, success_count, failure_count, created_at, updated_at) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Sql.setLong(ps, 1, projectId);
      ps.setString(2, key);
      ps.setString(3, clip(page, 2000));
      ps.setString(4, failureType.fileName());
      ps.setString(5, LocatorJson.write(before));
      ps.setString(6, afterJson);
      ps.setInt(7, success ? 1 : 0);
      ps.setInt(8, success ? 0 : 1);
      Sql.setInstant(ps, 9, now);
      Sql.setInstant(ps, 10, now);
      ps.executeUpdate();
    } catch (SQLIntegrityConstraintViolationException e) {
      throw new ArgusException("There is no project with id " + projectId + " to learn a heal in (it may have been deleted).", e);
    }
  }

  private static List<HealingPattern> readAll(PreparedStatement ps) throws SQLException {
    List<HealingPattern> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new HealingPattern(rs.getLong("id"), Sql.getLong(rs, "project_id"), rs.getString("pattern_key"),
            rs.getString("page"), FailureType.fromFileName(rs.getString("failure_type")),
            LocatorJson.read(rs.getString("selector_before")), LocatorJson.read(rs.getString("selector_after")),
            rs.getInt("success_count"), rs.getInt("failure_count"), Sql.getInstant(rs, "created_at"),
            Sql.getInstant(rs, "updated_at")));
      }
    }
    return out;
  }

  private static String projectCondition(Long projectId) {
    return projectId == null ? "project_id IS NULL" : "project_id = ?";
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }
}
