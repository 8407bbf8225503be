package com.argus.engine.spec;

import java.time.Instant;

/**
 * One saved version of a spec: every save is a version, so history and diffs are always at hand.
 *
 * @param specKey the spec's identity within its project (its path relative to the specs folder)
 * @param version 1 for the first save, then counting up
 * @param content the spec file's text as saved
 * @param author who saved it: a user name, or "recorder", "healer", "import" (see {@code SpecAuthor})
 * @param comment why, when known ("approved heal 12", "recorded")
 */
public record SpecVersion(long projectId, String specKey, int version, Instant savedAt, String author, String comment, String content) {}
