/**
 * The store's plumbing: connection pool and transactions, JDBC helpers, error translation. Not API:
 * the app uses {@link com.argus.store.Workspace} and the engine's repository interfaces.
 */
package com.argus.store.internal;
