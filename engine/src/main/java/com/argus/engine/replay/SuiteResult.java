package com.argus.engine.replay;

import com.argus.engine.run.RunStatus;
import java.time.Instant;
import java.util.List;

/**
 * Every test of one {@link SpecRunner#run} call, in the order the specs were given.
 *
 * <p>Immutable.
 */
public record SuiteResult(List<TestResult> tests, Instant startedAt, long durationMs, boolean cancelled) {
  public SuiteResult {
    tests = List.copyOf(tests);
  }

  public long passed() {
    return tests.stream().filter(TestResult::passed).count();
  }

  public long failed() {
    return tests.stream().filter(t -> t.status() == RunStatus.FAILED).count();
  }

  public long errors() {
    return tests.stream().filter(t -> t.status() == RunStatus.ERROR).count();
  }

  /** True when every test passed and nothing was cancelled: the command line's exit 0. */
  public boolean allPassed() {
    return !cancelled && tests.stream().allMatch(TestResult::passed);
  }
}
