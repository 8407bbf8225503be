package com.argus.engine.export;

/**
 * Something the command should tell the user about one step of one spec: a step that could not be
 * exported (the test is marked fixme / aborted there), or a note (a recording gap, an upload file
 * that was not found, a setting the target language cannot express).
 *
 * <p>Immutable.
 *
 * @param spec the spec's name
 * @param stepId the step's id, or null when it concerns the whole spec
 * @param message what happened and what to do
 */
public record ExportIssue(String spec, String stepId, String message) {
  /** {@code spec › step: message}, for the command's output. */
  public String describe() {
    return spec + (stepId == null ? "" : " › " + stepId) + ": " + message;
  }
}
