package com.argus.engine.audit;

import java.util.List;

/** An append-only record of actions. Details must already be redacted. Thread-safe. */
public interface AuditLog {
  void record(String actor, String action, String subject, String detail);

  /** The latest entries, newest first. */
  List<AuditEntry> latest(int limit);
}
