package com.argus.engine.audit;

import java.time.Instant;

/** One thing a person or Argus did that someone may later ask about (approved a heal, deleted a spec). */
public record AuditEntry(long id, Instant at, String actor, String action, String subject, String detail) {}
