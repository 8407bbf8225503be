package com.argus.engine.importer;

/**
 * A recorded command an import could not convert (or converted only approximately).
 *
 * @param test the recording's test name
 * @param position 1-based position of the command in its test
 * @param command the command's name as the recording spells it
 */
public record ImportWarning(String test, int position, String command, String message) {
  public String describe() {
    return test + " #" + position + " `" + command + "`: " + message;
  }
}
