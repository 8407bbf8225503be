package com.argus.store.spec;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.SpecRepository;
import com.argus.engine.spec.SpecVersion;
import com.argus.store.internal.Database;
import com.argus.store.internal.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Spec version history in Derby: a {@code specs} row per (project, spec key) and a
 * {@code spec_versions} row per saved text.
 *
 * <p>Thread-safe; every method is one transaction.
 */
public final class DerbySpecRepository implements SpecRepository {
  private static final int MAX_KEY = 1000;
  private static final int MAX_AUTHOR = 200;
  private static final int MAX_COMMENT = 2000;

  private final Database db;
  private final Clock clock;
  /*
   * saveVersion reads the latest version and then writes the next: two concurrent saves of one spec
   * would pick the same number. Embedded Derby lets only this JVM write the database, so a JVM lock
   * closes the race; the unique constraint stays as the backstop.
   */
  private final Object writeLock = new Object();

  public DerbySpecRepository(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public SpecVersion saveVersion(long projectId, String specKey, String content, String author, String comment) {
    checkKey(specKey);
    if (content == null) {
      throw new ArgusException("Argus cannot save an empty spec text for '" + specKey + "'.");
    }
    String cleanAuthor = clip(author, MAX_AUTHOR);
    String cleanComment = clip(comment, MAX_COMMENT);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    synchronized (writeLock) {
      return db.inTransaction("save a version of the spec '" + specKey + "'", c -> {
        Optional<Long> existing = specId(c, projectId, specKey);
        long specId = existing.isPresent() ? existing.get() : insertSpec(c, projectId, specKey, now);
        Optional<SpecVersion> latest = latest(c, projectId, specKey);
        if (latest.isPresent() && latest.get().content().equals(content)) {
          return latest.get();
        }
        int version = latest.map(v -> v.version() + 1).orElse(1);
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO spec_versions (spec_id, version, saved_at, author, comment, content) VALUES (?, ?, ?, ?, ?, ?)")) {
          ps.setLong(1, specId);
          ps.setInt(2, version);
          Sql.setInstant(ps, 3, now);
          ps.setString(4, cleanAuthor);
          ps.setString(5, cleanComment);
          Sql.setText(ps, 6, content);
          ps.executeUpdate();
        }
        return new SpecVersion(projectId, specKey, version, now, cleanAuthor, cleanComment, content);
      });
    }
  }

  private static long insertSpec(Connection c, long projectId, String specKey, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO specs (project_id, spec_key, created_at) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, projectId);
      ps.setString(2, specKey);
      Sql.setInstant(ps, 3, now);
      ps.executeUpdate();
      return Sql.generatedId(ps);
    } catch (SQLIntegrityConstraintViolationException e) {
      // 23503: the project is gone; 23505 cannot happen under the write lock.
      throw new ArgusException("There is no project with id " + projectId + " to save the spec '" + specKey
          + "' in (it may have been deleted).", e);
    }
  }

  @Override
  public List<SpecVersion> history(long projectId, String specKey) {
    return db.inTransaction("read the history of the spec '" + specKey + "'", c -> versions(c, projectId, specKey, 0));
  }

  @Override
  public Optional<SpecVersion> latest(long projectId, String specKey) {
    return db.inTransaction("read the latest version of the spec '" + specKey + "'", c -> latest(c, projectId, specKey));
  }

  private static Optional<SpecVersion> latest(Connection c, long projectId, String specKey) throws SQLException {
    return versions(c, projectId, specKey, 1).stream().findFirst();
  }

  private static List<SpecVersion> versions(Connection c, long projectId, String specKey, int limit) throws SQLException {
    List<SpecVersion> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT v.version, v.saved_at, v.author, v.comment, v.content FROM spec_versions v"
            + " JOIN specs s ON s.id = v.spec_id WHERE s.project_id = ? AND s.spec_key = ? ORDER BY v.version DESC")) {
      ps.setLong(1, projectId);
      ps.setString(2, specKey);
      ps.setMaxRows(limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new SpecVersion(projectId, specKey, rs.getInt("version"), Sql.getInstant(rs, "saved_at"),
              rs.getString("author"), rs.getString("comment"), rs.getString("content")));
        }
      }
    }
    return out;
  }

  @Override
  public List<String> specKeys(long projectId) {
    return db.inTransaction("list the specs of project " + projectId, c -> {
      List<String> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT s.spec_key FROM specs s WHERE s.project_id = ?"
              + " AND EXISTS (SELECT 1 FROM spec_versions v WHERE v.spec_id = s.id) ORDER BY s.spec_key")) {
        ps.setLong(1, projectId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
      }
      return out;
    });
  }

  /**
   * Renames a spec, carrying its history, runs, element baselines and heal proposals over to the
   * new key, so healing keeps its baselines after a file is moved. Nothing happens when the old key
   * has no history.
   *
   * @throws ArgusException when the new key already has a history
   */
  @Override
  public void renameSpec(long projectId, String oldKey, String newKey) {
    checkKey(oldKey);
    checkKey(newKey);
    if (oldKey.equals(newKey)) {
      return;
    }
    synchronized (writeLock) {
      db.inTransaction("rename the spec '" + oldKey + "' to '" + newKey + "'", c -> {
        if (specId(c, projectId, oldKey).isEmpty()) {
          return null;
        }
        if (specId(c, projectId, newKey).isPresent()) {
          throw new ArgusException("Argus cannot rename the spec '" + oldKey + "' to '" + newKey
              + "': a spec named '" + newKey + "' already exists in this project.");
        }
        for (String table : List.of("specs", "runs", "element_baselines", "heal_proposals")) {
          try (PreparedStatement ps = c.prepareStatement(
              "UPDATE " + table + " SET spec_key = ? WHERE project_id = ? AND spec_key = ?")) {
            ps.setString(1, newKey);
            ps.setLong(2, projectId);
            ps.setString(3, oldKey);
            ps.executeUpdate();
          }
        }
        return null;
      });
    }
  }

  private static Optional<Long> specId(Connection c, long projectId, String specKey) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM specs WHERE project_id = ? AND spec_key = ?")) {
      ps.setLong(1, projectId);
      ps.setString(2, specKey);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  private static void checkKey(String specKey) {
    if (specKey == null || specKey.isBlank()) {
      throw new ArgusException("A spec needs a key (its path in the project's specs folder).");
    }
    if (specKey.length() > MAX_KEY) {
      throw new ArgusException("The spec path '" + specKey.substring(0, 60) + "...' is too long: Argus keeps paths of up to "
          + MAX_KEY + " characters. Move the spec to a shorter path.");
    }
  }

  // Author and comment are labels: a very long one is cut rather than losing the save.
  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }
}
