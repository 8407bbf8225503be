package com.argus.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

/** Small JDBC helpers shared by the repositories: nullable values and instants. */
public final class Sql {
  private Sql() {}

  /*
   * Derby's TIMESTAMP has no zone; reading and writing through a UTC calendar keeps an instant the
   * same instant whatever the machine's zone, daylight saving gaps included. A fresh calendar each
   * time: Calendar is not thread-safe.
   */
  private static Calendar utc() {
    return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
  }

  public static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.TIMESTAMP);
    } else {
      ps.setTimestamp(index, Timestamp.from(value), utc());
    }
  }

  public static Instant getInstant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column, utc());
    return ts == null ? null : ts.toInstant();
  }

  public static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.BIGINT);
    } else {
      ps.setLong(index, value);
    }
  }

  public static Long getLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  public static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setInt(index, value);
    }
  }

  /** Sets a CLOB column from a string (null stays null). */
  public static void setText(PreparedStatement ps, int index, String value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.CLOB);
    } else {
      ps.setString(index, value);
    }
  }

  /** The id Derby generated for the row just inserted through {@code ps}. */
  public static long generatedId(PreparedStatement ps) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("Derby returned no generated key");
      }
      return keys.getLong(1);
    }
  }
}
