package com.argus.app.common;

import com.argus.engine.ArgusException;

/** Turns a failure into the short sentence a user sees; the stack trace stays behind "Details". */
public final class Errors {
  private Errors() {}

  public static String userMessage(Throwable t) {
    Throwable e = t;
    while (e != null) {
      if (e instanceof ArgusException a) {
        return a.userMessage();
      }
      e = e.getCause();
    }
    if (t instanceof IllegalArgumentException && t.getMessage() != null) {
      return t.getMessage();
    }
    String what = t.getClass().getSimpleName();
    return "Something went wrong (" + what + (t.getMessage() == null ? "" : ": " + t.getMessage()) + ").";
  }
}
