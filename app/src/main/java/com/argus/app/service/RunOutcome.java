package com.argus.app.service;

import com.argus.engine.replay.SuiteResult;
import com.argus.engine.run.RunRecord;
import com.argus.engine.run.RunStatus;
import java.nio.file.Path;
import java.util.List;

/**
 * How a {@link RunService#run} went.
 *
 * @param suite every test, in the order the specs were given, then each spec that did not read as
 *     an {@link RunStatus#ERROR} test that never started (run id 0): what the reports show
 * @param runs the stored runs, one per test that started, in the order they started
 * @param unreadable the specs that did not read; the others ran
 *
 * <p>Immutable.
 */
public record RunOutcome(SuiteResult suite, List<RunRecord> runs, List<Unreadable> unreadable) {
  public RunOutcome {
    runs = List.copyOf(runs);
    unreadable = List.copyOf(unreadable);
  }

  /** Whether the user stopped the run before it ended. */
  public boolean cancelled() {
    return suite.cancelled();
  }

  /** True when every spec read, every test passed and nothing was cancelled: the command line's exit 0. */
  public boolean allPassed() {
    return unreadable.isEmpty() && suite.allPassed();
  }

  /**
   * A spec file that could not be read.
   *
   * @param key its identity in the store
   * @param message why, naming the file and line
   */
  public record Unreadable(Path file, String key, String message) {
    /** "key: why". */
    public String describe() {
      return key + ": " + message;
    }
  }
}
