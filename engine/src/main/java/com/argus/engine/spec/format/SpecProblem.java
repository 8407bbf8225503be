package com.argus.engine.spec.format;

/**
 * One thing wrong with a spec file, located in it.
 *
 * @param file the file as the user named it
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message what is wrong and what is expected
 */
public record SpecProblem(String file, int line, int column, String message) {
  /** {@code file:line:column: message}, the form editors and CI logs link to. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
  }
}
