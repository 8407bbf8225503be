package com.argus.store.internal;

import com.argus.engine.ArgusException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open embedded Derby database: a tiny pool of connections and the transaction template every
 * repository method goes through.
 *
 * <p>Thread-safe: each transaction has a connection of its own, so parallel test workers record at
 * once. Embedded connections are cheap, but not free (~1 ms), so a few idle ones are kept.
 */
public final class Database {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  private static final int MAX_IDLE = 8;
  private static final int MAX_ATTEMPTS = 3;

  private final String url;
  private final Path home;
  private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * @param databaseDir the Derby database folder
   * @param home the Argus home, for messages
   */
  public Database(Path databaseDir, Path home) {
    this.url = "jdbc:derby:" + databaseDir.toAbsolutePath();
    this.home = home;
  }

  /** The JDBC URL of the database (without attributes). */
  public String url() {
    return url;
  }

  /** The Argus home this database lives in. */
  public Path home() {
    return home;
  }

  /**
   * Boots (and when missing creates) the database. Fails with the "in use by another process"
   * message when another JVM holds it.
   */
  public void boot() {
    try (Connection c = DriverManager.getConnection(url + ";create=true")) {
      LOG.debug("Booted {}", url);
    } catch (SQLException e) {
      throw StoreErrors.translate(e, "open its database", home);
    }
  }

  /**
   * Runs {@code work} as one transaction: commit when it returns, roll back when it throws.
   * Deadlocks and lock time-outs are retried, since a parallel worker's transaction caused them.
   *
   * @param doing what the work does, as a phrase after "could not", for the error message
   */
  public <T> T inTransaction(String doing, SqlWork<T> work) {
    for (int attempt = 1; ; attempt++) {
      Connection c = borrow(doing);
      boolean reusable = false;
      try {
        T result = work.run(c);
        c.commit();
        reusable = true;
        return result;
      } catch (SQLException e) {
        reusable = rollback(c);
        if (attempt < MAX_ATTEMPTS && isTransient(e)) {
          LOG.debug("Retrying '{}' after {}", doing, e.getSQLState());
          continue;
        }
        throw StoreErrors.translate(e, doing, home);
      } catch (RuntimeException | Error e) {
        reusable = rollback(c);
        throw e;
      } finally {
        release(c, reusable);
      }
    }
  }

  private static boolean isTransient(SQLException e) {
    String state = e.getSQLState();
    return "40001".equals(state) || "40XL1".equals(state) || "40XL2".equals(state);
  }

  private Connection borrow(String doing) {
    if (closed.get()) {
      throw new ArgusException("Argus could not " + doing + ": the workspace in " + home + " is already closed.");
    }
    Connection c = idle.pollFirst();
    if (c != null) {
      return c;
    }
    try {
      c = DriverManager.getConnection(url);
      c.setAutoCommit(false);
      return c;
    } catch (SQLException e) {
      throw StoreErrors.translate(e, doing, home);
    }
  }

  private static boolean rollback(Connection c) {
    try {
      c.rollback();
      return true;
    } catch (SQLException e) {
      LOG.debug("Rollback failed; dropping the connection", e);
      return false;
    }
  }

  private void release(Connection c, boolean reusable) {
    if (reusable && !closed.get() && idle.size() < MAX_IDLE) {
      idle.offerFirst(c);
    } else {
      closeQuietly(c);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      LOG.debug("Closing a connection failed", e);
    }
  }

  /**
   * Closes the pool and shuts the database down cleanly, so the next open needs no recovery and
   * another process may open the home. Idempotent.
   *
   * @return whether this call shut it down (false when it was already)
   */
  public boolean shutdown() {
    if (!closed.compareAndSet(false, true)) {
      return false;
    }
    Connection c;
    while ((c = idle.pollFirst()) != null) {
      closeQuietly(c);
    }
    try {
      DriverManager.getConnection(url + ";shutdown=true").close();
      LOG.warn("Derby did not report the shutdown of {}", url);
    } catch (SQLException e) {
      // Derby reports a successful shutdown of one database as an exception with SQLState 08006.
      if ("08006".equals(e.getSQLState())) {
        LOG.debug("Shut down {}", url);
      } else if ("XJ004".equals(e.getSQLState())) {
        LOG.debug("{} was never booted (the open failed)", url);
      } else {
        LOG.warn("Shutting down the database in {} failed: {}", home, e.getMessage());
      }
    }
    return true;
  }
}
