package com.argus.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** The body of one transaction. */
@FunctionalInterface
public interface SqlWork<T> {
  T run(Connection connection) throws SQLException;
}
