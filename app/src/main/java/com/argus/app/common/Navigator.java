package com.argus.app.common;

/**
 * How one screen asks for another without knowing it: the shell implements this, the view models
 * get it injected, so feature packages never depend on each other.
 */
public interface Navigator {
  void openInEditor(SpecRef spec);

  void runSpec(SpecRef spec);

  void exportSpec(SpecRef spec);

  /** A navigator that goes nowhere, for tests and screens used alone. */
  static Navigator none() {
    return new Navigator() {
      @Override
      public void openInEditor(SpecRef spec) {}

      @Override
      public void runSpec(SpecRef spec) {}

      @Override
      public void exportSpec(SpecRef spec) {}
    };
  }
}
