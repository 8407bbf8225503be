package com.argus.engine.run;

import java.time.Instant;

/**
 * One run of one spec (one data row), as stored.
 *
 * @param projectId the project, or null for specs run from files outside any project
 * @param specKey the spec's identity: its path relative to the project's specs folder, else its
 *     absolute path
 * @param dataRow 0-based data row index, or -1 for a spec without data rows
 */
public record RunRecord(
    long id,
    Long projectId,
    String specKey,
    String specName,
    int dataRow,
    String backend,
    String device,
    RunStatus status,
    Instant startedAt,
    Instant finishedAt,
    long durationMs,
    String error) {}
