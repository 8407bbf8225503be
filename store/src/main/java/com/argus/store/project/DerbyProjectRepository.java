package com.argus.store.project;

import com.argus.engine.ArgusException;
import com.argus.engine.project.Project;
import com.argus.engine.project.ProjectRepository;
import com.argus.engine.project.ProjectSettings;
import com.argus.engine.project.ProjectSettingsException;
import com.argus.engine.spec.format.SpecFormat;
import com.argus.store.internal.Database;
import com.argus.store.internal.Sql;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
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
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Projects in Derby. Settings are kept in their stored form ({@link ProjectSettings#toMap()}) as a
 * JSON object of strings in the {@code settings} CLOB; rows written before the settings were typed
 * have the same names without a {@code schemaVersion} and read the same way.
 *
 * <p>Thread-safe; every method is one transaction.
 */
public final class DerbyProjectRepository implements ProjectRepository {
  private static final int MAX_NAME = 200;
  private static final int MAX_PATH = 2000;
  private static final String COLUMNS = "id, name, base_url, specs_dir, settings, created_at";
  private static final TypeReference<TreeMap<String, String>> SETTINGS_TYPE = new TypeReference<>() {};

  private final Database db;
  private final Clock clock;

  public DerbyProjectRepository(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public Project create(String name, String baseUrl, String specsDir) {
    String cleanName = checkName(name);
    checkLength("base URL", baseUrl, MAX_PATH);
    checkLength("specs folder", specsDir, MAX_PATH);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return db.inTransaction("create the project '" + cleanName + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO projects (name, base_url, specs_dir, settings, created_at) VALUES (?, ?, ?, ?, ?)",
          Statement.RETURN_GENERATED_KEYS)) {
        ps.setString(1, cleanName);
        ps.setString(2, baseUrl);
        ps.setString(3, specsDir);
        Sql.setText(ps, 4, toJson(ProjectSettings.DEFAULTS));
        Sql.setInstant(ps, 5, now);
        ps.executeUpdate();
        return new Project(Sql.generatedId(ps), cleanName, baseUrl, specsDir, now, ProjectSettings.DEFAULTS);
      } catch (SQLIntegrityConstraintViolationException e) {
        throw nameTaken(cleanName, e);
      }
    });
  }

  @Override
  public Optional<Project> findByName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return db.inTransaction("look up the project '" + name + "'",
        c -> queryOne(c, "SELECT " + COLUMNS + " FROM projects WHERE name = ?", ps -> ps.setString(1, name.strip())));
  }

  @Override
  public Optional<Project> findById(long id) {
    return db.inTransaction("look up project " + id, c -> queryOne(c, id));
  }

  @Override
  public List<Project> list() {
    return db.inTransaction("list the projects", c -> {
      List<Project> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM projects ORDER BY name, id");
           ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(map(rs));
        }
      }
      return out;
    });
  }

  @Override
  public Project updateSettings(long projectId, ProjectSettings settings) {
    String json = toJson(settings == null ? ProjectSettings.DEFAULTS : settings);
    return db.inTransaction("save the settings of project " + projectId, c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE projects SET settings = ? WHERE id = ?")) {
        Sql.setText(ps, 1, json);
        ps.setLong(2, projectId);
        if (ps.executeUpdate() == 0) {
          throw noSuchProject(projectId);
        }
      }
      return queryOne(c, projectId).orElseThrow(() -> noSuchProject(projectId));
    });
  }

  @Override
  public Project updateBaseUrl(long projectId, String baseUrl) {
    checkLength("base URL", baseUrl, MAX_PATH);
    return db.inTransaction("change the base URL of project " + projectId, c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE projects SET base_url = ? WHERE id = ?")) {
        ps.setString(1, baseUrl);
        ps.setLong(2, projectId);
        if (ps.executeUpdate() == 0) {
          throw noSuchProject(projectId);
        }
      }
      return queryOne(c, projectId).orElseThrow(() -> noSuchProject(projectId));
    });
  }

  @Override
  public Project rename(long projectId, String newName) {
    String cleanName = checkName(newName);
    return db.inTransaction("rename project " + projectId + " to '" + cleanName + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE projects SET name = ? WHERE id = ?")) {
        ps.setString(1, cleanName);
        ps.setLong(2, projectId);
        if (ps.executeUpdate() == 0) {
          throw noSuchProject(projectId);
        }
      } catch (SQLIntegrityConstraintViolationException e) {
        throw nameTaken(cleanName, e);
      }
      return queryOne(c, projectId).orElseThrow(() -> noSuchProject(projectId));
    });
  }

  /** Deletes the project with its specs, versions, runs and results; nothing when there is none. */
  @Override
  public void delete(long projectId) {
    db.inTransaction("delete project " + projectId, c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM projects WHERE id = ?")) {
        ps.setLong(1, projectId);
        ps.executeUpdate();
      }
      return null;
    });
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private Optional<Project> queryOne(Connection c, long id) throws SQLException {
    return queryOne(c, "SELECT " + COLUMNS + " FROM projects WHERE id = ?", ps -> ps.setLong(1, id));
  }

  private Optional<Project> queryOne(Connection c, String sql, Binder binder) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  private Project map(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    String name = rs.getString("name");
    ProjectSettings settings = ProjectSettings.DEFAULTS;
    ProjectSettingsException problem = null;
    try {
      settings = fromJson(id, name, rs.getString("settings"));
    } catch (ProjectSettingsException e) {
      problem = e;
    }
    return new Project(id, name, rs.getString("base_url"), rs.getString("specs_dir"), Sql.getInstant(rs, "created_at"),
        settings, problem);
  }

  private static String toJson(ProjectSettings settings) {
    try {
      return SpecFormat.json().writeValueAsString(new TreeMap<>(settings.toMap()));
    } catch (JsonProcessingException e) {
      throw new ArgusException("Argus could not store the project settings: " + e.getOriginalMessage(), e);
    }
  }

  private static ProjectSettings fromJson(long projectId, String projectName, String json) {
    if (json == null || json.isBlank()) {
      return ProjectSettings.DEFAULTS;
    }
    String fix = " Correct it with `argus project settings " + projectName + " --set NAME=VALUE` (an empty VALUE"
        + " restores the default).";
    Map<String, String> stored;
    try {
      stored = SpecFormat.json().readValue(json, SETTINGS_TYPE);
    } catch (JsonProcessingException e) {
      throw new ProjectSettingsException(projectId, projectName, Map.of(), "The settings of project '" + projectName
          + "' are not readable (" + e.getOriginalMessage() + "); they were changed outside Argus." + fix, e);
    }
    try {
      return ProjectSettings.fromMap(stored);
    } catch (ArgusException e) {
      throw new ProjectSettingsException(projectId, projectName, stored, "Project '" + projectName
          + "' has a setting Argus cannot use: " + e.userMessage() + fix, e);
    }
  }

  private static String checkName(String name) {
    if (name == null || name.isBlank()) {
      throw new ArgusException("A project needs a name.");
    }
    String clean = name.strip();
    if (clean.length() > MAX_NAME) {
      throw new ArgusException("A project name can be at most " + MAX_NAME + " characters; '"
          + clean.substring(0, 40) + "...' has " + clean.length() + ".");
    }
    return clean;
  }

  private static void checkLength(String what, String value, int max) {
    if (value != null && value.length() > max) {
      throw new ArgusException("The project's " + what + " can be at most " + max + " characters long.");
    }
  }

  private static ArgusException nameTaken(String name, SQLException e) {
    return new ArgusException("A project named " + name + " already exists. Pick another name.",
        "Duplicate project name '" + name + "': " + e.getMessage(), e);
  }

  private static ArgusException noSuchProject(long id) {
    return new ArgusException("There is no project with id " + id + " (it may have been deleted).");
  }
}
