package com.argus.store;

import com.argus.engine.ArgusException;
import com.argus.engine.audit.AuditLog;
import com.argus.engine.heal.HealProposalRepository;
import com.argus.engine.heal.HealingPatternRepository;
import com.argus.engine.project.ProjectRepository;
import com.argus.engine.run.RunRepository;
import com.argus.engine.spec.SpecRepository;
import com.argus.engine.spec.store.SpecStore;
import com.argus.store.audit.DerbyAuditLog;
import com.argus.store.heal.DerbyHealProposalRepository;
import com.argus.store.heal.DerbyHealingPatternRepository;
import com.argus.store.internal.Database;
import com.argus.store.internal.StoreErrors;
import com.argus.store.project.DerbyProjectRepository;
import com.argus.store.run.DerbyRunRepository;
import com.argus.store.spec.DerbySpecRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open Argus workspace: the embedded Derby database under an {@link ArgusHome}, migrated to the
 * current schema, and the repositories over it.
 *
 * <pre>{@code
 * try (Workspace ws = Workspace.open(ArgusHome.resolve(homeOption))) {
 *   Project p = ws.projects().create("shop", "http://localhost:8080", "specs");
 * }
 * }</pre>
 *
 * <p>Embedded Derby lets one process write a database: a second process opening the same home
 * gets an {@link ArgusException} saying so. Within a process, open a home once and share the
 * workspace. Thread-safe: the repositories may be used from any number of threads at once, every
 * method being its own transaction. {@link #close()} shuts the database down; use nothing after.
 */
public final class Workspace implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);
  private static final Set<Path> OPEN_IN_THIS_PROCESS = ConcurrentHashMap.newKeySet();

  private final ArgusHome home;
  private final Database db;
  private final ProjectRepository projects;
  private final SpecRepository specs;
  private final RunRepository runs;
  private final AuditLog audit;
  private final HealingPatternRepository healingPatterns;
  private final HealProposalRepository healProposals;
  private final String schemaVersion;

  private Workspace(ArgusHome home, Database db, Clock clock, String schemaVersion) {
    this.home = home;
    this.db = db;
    this.schemaVersion = schemaVersion;
    this.projects = new DerbyProjectRepository(db, clock);
    this.specs = new DerbySpecRepository(db, clock);
    this.runs = new DerbyRunRepository(db, clock);
    this.audit = new DerbyAuditLog(db, clock);
    this.healingPatterns = new DerbyHealingPatternRepository(db, clock);
    this.healProposals = new DerbyHealProposalRepository(db, clock);
  }

  /** Opens the workspace in {@code home}, creating home and database when missing. */
  public static Workspace open(ArgusHome home) {
    return open(home, Clock.systemUTC());
  }

  /**
   * Opens the workspace in {@code home} with the clock that stamps created/started/saved times.
   *
   * @throws ArgusException when the home cannot be created or written, another process holds it,
   *     it is already open in this process, or its database was written by a newer Argus
   */
  public static Workspace open(ArgusHome home, Clock clock) {
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(clock, "clock");
    home.createIfMissing();
    Path key = home.databaseDir();
    // Derby would hand a second open in this JVM the same database, and the first close would then
    // shut it down under the second; refusing keeps one owner per database.
    if (!OPEN_IN_THIS_PROCESS.add(key)) {
      throw new ArgusException("The Argus home " + home.dir() + " is already open in this Argus process. "
          + "Use the workspace that is open, or use --home to pick another home.");
    }
    Database db = new Database(key, home.dir());
    try {
      long start = System.nanoTime();
      db.boot();
      String version = migrate(db, home);
      LOG.info("Opened the workspace in {} (schema {}) in {} ms", home.dir(), version,
          (System.nanoTime() - start) / 1_000_000);
      return new Workspace(home, db, clock, version);
    } catch (RuntimeException | Error e) {
      db.shutdown();
      OPEN_IN_THIS_PROCESS.remove(key);
      throw e;
    }
  }

  private static String migrate(Database db, ArgusHome home) {
    try {
      Flyway flyway = Flyway.configure(Workspace.class.getClassLoader())
          .dataSource(db.url(), null, null)
          .locations("classpath:db/migration")
          .failOnMissingLocations(true)
          .load();
      refuseNewerSchema(flyway.info(), home);
      flyway.migrate();
      MigrationInfo current = flyway.info().current();
      return current == null ? "none" : current.getVersion().getVersion();
    } catch (FlywayException e) {
      throw StoreErrors.translate(e, "bring its database up to date", home.dir());
    }
  }

  /*
   * Flyway ignores migrations it does not know by default, so an older Argus would write into a
   * schema it does not understand. Refuse instead, and say which Argus to use.
   */
  private static void refuseNewerSchema(MigrationInfoService info, ArgusHome home) {
    MigrationVersion known = Arrays.stream(info.all())
        .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
        .map(MigrationInfo::getVersion)
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder())
        .orElse(MigrationVersion.EMPTY);
    MigrationInfo current = info.current();
    if (current != null && current.getVersion() != null && current.getVersion().compareTo(known) > 0) {
      throw new ArgusException("The workspace in " + home.dir() + " was written by a newer version of Argus "
          + "(database schema " + current.getVersion() + "; this Argus knows up to " + known + "). "
          + "Use that newer Argus, or use --home to pick another home.");
    }
  }

  /** The home this workspace lives in; artifacts go under {@link ArgusHome#artifactsDir()}. */
  public ArgusHome home() {
    return home;
  }

  /** The database schema version after migration (Flyway's version, e.g. "1"). */
  public String schemaVersion() {
    return schemaVersion;
  }

  public ProjectRepository projects() {
    return projects;
  }

  public SpecRepository specs() {
    return specs;
  }

  /** Specs as files and versions: the one way to resolve and save them. */
  public SpecStore specStore() {
    return new SpecStore(specs, projects);
  }

  public RunRepository runs() {
    return runs;
  }

  public AuditLog audit() {
    return audit;
  }

  /** The healing knowledge base. */
  public HealingPatternRepository healingPatterns() {
    return healingPatterns;
  }

  /** Heal proposals waiting for (or given) a person's decision. */
  public HealProposalRepository healProposals() {
    return healProposals;
  }

  /** Shuts the database down cleanly, so the next open needs no recovery. Idempotent. */
  @Override
  public void close() {
    if (db.shutdown()) {
      OPEN_IN_THIS_PROCESS.remove(home.databaseDir());
      LOG.debug("Closed the workspace in {}", home.dir());
    }
  }
}
