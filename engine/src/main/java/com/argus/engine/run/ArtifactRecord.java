package com.argus.engine.run;

/**
 * A file a run produced, kept under the Argus home and referenced by its relative path.
 *
 * @param kind screenshot, dom, trace, report
 * @param stepId the step it belongs to, or null for run-wide artifacts such as a trace
 */
public record ArtifactRecord(long id, long runId, String stepId, String kind, String path) {}
