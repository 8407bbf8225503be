package com.argus.store.audit;

import com.argus.engine.ArgusException;
import com.argus.engine.audit.AuditEntry;
import com.argus.engine.audit.AuditLog;
import com.argus.store.internal.Database;
import com.argus.store.internal.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log in Derby's {@code audit_log} table. Append-only: there is no update or delete.
 *
 * <p>Thread-safe; every method is one transaction.
 */
public final class DerbyAuditLog implements AuditLog {
  private final Database db;
  private final Clock clock;

  public DerbyAuditLog(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public void record(String actor, String action, String subject, String detail) {
    if (actor == null || actor.isBlank() || action == null || action.isBlank()) {
      throw new ArgusException("An audit entry needs who did it and what they did.");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    db.inTransaction("record '" + action + "' in the audit log", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO audit_log (occurred_at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)")) {
        Sql.setInstant(ps, 1, now);
        ps.setString(2, clip(actor, 200));
        ps.setString(3, clip(action, 200));
        ps.setString(4, clip(subject, 2000));
        Sql.setText(ps, 5, detail);
        ps.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public List<AuditEntry> latest(int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return db.inTransaction("read the audit log", c -> {
      List<AuditEntry> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id, occurred_at, actor, action, subject, detail FROM audit_log ORDER BY id DESC")) {
        ps.setMaxRows(limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new AuditEntry(rs.getLong("id"), Sql.getInstant(rs, "occurred_at"), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject"), rs.getString("detail")));
          }
        }
      }
      return out;
    });
  }

  // The log must never refuse an entry because a label is long; the detail CLOB is not limited.
  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }
}
