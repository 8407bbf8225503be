package com.argus.engine.replay;

/**
 * Which test an event is about.
 *
 * @param runId the run's id in the repository
 * @param stepCount how many steps the spec has
 */
public record TestInfo(long runId, String name, String specKey, int dataRow, int stepCount) {}
