package com.argus.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.run.RunRecord;
import com.argus.engine.run.RunStatus;
import com.argus.engine.run.StepResultRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise runs rely on: whatever a repository method returned from is on disk. A real second
 * JVM writes runs and step results as fast as it can, reporting each commit on stdout; it is killed
 * with kill -9 mid-stream, twice, and every reported row must be there after recovery.
 */
class KillNineCrashIT {
  private static final Duration WAIT = Duration.ofSeconds(90);

  @TempDir Path tmp;

  @Test
  void everyRowReportedCommittedSurvivesKillNine() throws Exception {
    Path home = tmp.resolve("home");
    List<String> reported = new ArrayList<>();
    for (int round = 1; round <= 2; round++) {
      try (JavaProcess writer = JavaProcess.start(CrashWriterMain.class, tmp.resolve("cwd"),
          tmp.resolve("writer-" + round + ".err"), home.toString())) {
        int target = 300 + round * 150;
        int seen = 0;
        while (seen < target) {
          reported.add(writer.nextLine(WAIT));
          seen++;
        }
        writer.kill();
        assertThat(writer.process().exitValue()).as("killed, not ended").isNotZero();
        reported.addAll(writer.drainLines());
      }
      assertAllReportedRowsArePresent(home, reported);
    }
  }

  private static void assertAllReportedRowsArePresent(Path home, List<String> reported) {
    Set<Long> runs = new HashSet<>();
    Set<Long> finished = new HashSet<>();
    Map<Long, Set<Integer>> steps = new HashMap<>();
    for (String line : reported) {
      String[] parts = line.split(" ");
      switch (parts[0]) {
        case "PROJECT" -> { }
        case "RUN" -> runs.add(Long.parseLong(parts[1]));
        case "STEP" -> steps.computeIfAbsent(Long.parseLong(parts[1]), k -> new HashSet<>()).add(Integer.parseInt(parts[2]));
        case "FINISHED" -> finished.add(Long.parseLong(parts[1]));
        default -> throw new AssertionError("Unexpected line from the writer: " + line);
      }
    }
    assertThat(runs).hasSizeGreaterThan(10);
    try (Workspace ws = Workspace.open(ArgusHome.at(home))) {
      for (long runId : runs) {
        RunRecord run = ws.runs().findRun(runId).orElseThrow(() -> new AssertionError("run " + runId + " lost"));
        if (finished.contains(runId)) {
          assertThat(run.status()).as("run %d", runId).isEqualTo(RunStatus.PASSED);
        }
        List<Integer> stored = ws.runs().stepResults(runId).stream().map(StepResultRecord::stepIndex).toList();
        assertThat(stored).as("steps of run %d", runId).doesNotHaveDuplicates()
            .containsAll(steps.getOrDefault(runId, Set.of()));
      }
    }
  }
}
