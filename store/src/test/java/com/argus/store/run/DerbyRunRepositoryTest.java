package com.argus.store.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.engine.ArgusException;
import com.argus.engine.run.ArtifactRecord;
import com.argus.engine.run.RunRecord;
import com.argus.engine.run.RunRepository;
import com.argus.engine.run.RunStatus;
import com.argus.engine.run.StepHeal;
import com.argus.engine.run.StepResultRecord;
import com.argus.engine.run.StepStatus;
import com.argus.engine.spec.ElementFingerprint;
import com.argus.store.ArgusHome;
import com.argus.store.TickingClock;
import com.argus.store.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerbyRunRepositoryTest {
  // One database for the class (creating one takes a second); each test has a project of its own.
  @TempDir static Path tmp;
  private static Workspace ws;
  private static TickingClock clock;
  private static int counter;
  private RunRepository runs;
  private long project;
  private String spec;

  @BeforeAll
  static void open() {
    clock = TickingClock.startingAt("2025-03-01T10:00:00Z");
    ws = Workspace.open(ArgusHome.at(tmp.resolve("home")), clock);
  }

  @AfterAll
  static void close() {
    ws.close();
  }

  @BeforeEach
  void newProject() {
    runs = ws.runs();
    counter++;
    project = ws.projects().create("shop " + counter, null, "specs").id();
    spec = "login-" + counter + ".spec.yaml";
  }

  @Test
  void startedRunIsRunningAndFinishingRecordsTheOutcome() {
    Instant startedAt = clock.peek();
    RunRecord started = runs.startRun(project, spec, "Login", 2, "playwright", "mobile");

    assertThat(started).isEqualTo(new RunRecord(started.id(), project, spec, "Login", 2, "playwright", "mobile",
        RunStatus.RUNNING, startedAt, null, 0, null));
    assertThat(runs.findRun(started.id())).contains(started);

    Instant finishedAt = clock.peek();
    runs.finishRun(started.id(), RunStatus.FAILED, 1234, "Step 3: no element matches getByRole('button', 'Pay')");

    assertThat(runs.findRun(started.id())).get().satisfies(r -> {
      assertThat(r.status()).isEqualTo(RunStatus.FAILED);
      assertThat(r.finishedAt()).isEqualTo(finishedAt);
      assertThat(r.durationMs()).isEqualTo(1234);
      assertThat(r.error()).contains("Pay");
    });
  }

  @Test
  void aStepsHealIsStoredWithItsResultAndReadBack() {
    long run = runs.startRun(project, spec, "Login", -1, "playwright", "desktop").id();
    StepHeal heal = new StepHeal("id=password", "data-testid=login-password", 0.77, "review", "similarity", 42L,
        Path.of("artifacts/run-1/step-03-pass.png"), Path.of("artifacts/run-2/heal-pass-after.png"), null, null, List.of());
    runs.addStepResult(new StepResultRecord(run, 0, "open", "Open", StepStatus.PASSED, 10, null, null, -1, null, null));
    runs.addStepResult(new StepResultRecord(run, 1, "pass", "Fill password", StepStatus.HEALED, 20, null,
        "data-testid=login-password", 1, null, null, heal));

    List<StepResultRecord> read = runs.stepResults(run);
    assertThat(read.get(0).heal()).as("a step healing never touched").isNull();
    assertThat(read.get(1).heal()).isEqualTo(heal);
  }

  @Test
  void runsOfASpecAreNewestFirstAndLimited() {
    long first = runs.startRun(project, spec, "Login", -1, "playwright", "desktop").id();
    long second = runs.startRun(project, spec, "Login", -1, "selenium", "desktop").id();
    long third = runs.startRun(project, spec, "Login", -1, "playwright", "tablet").id();
    runs.startRun(project, "other.spec.yaml", "Other", -1, "playwright", "desktop");

    assertThat(runs.runsOfSpec(project, spec, 10)).extracting(RunRecord::id).containsExactly(third, second, first);
    assertThat(runs.runsOfSpec(project, spec, 2)).extracting(RunRecord::id).containsExactly(third, second);
    assertThat(runs.runsOfSpec(project, spec, 0)).isEmpty();
    assertThat(runs.latestRuns(1)).extracting(RunRecord::specKey).containsExactly("other.spec.yaml");
    assertThat(runs.latestRuns(4)).extracting(RunRecord::id).contains(third, second, first);
  }

  @Test
  void specsOutsideAnyProjectAreKeptApartFromProjectSpecs() {
    String file = "/home/ana/loose/" + spec;
    long loose = runs.startRun(null, file, "Loose", -1, "playwright", "desktop").id();
    runs.startRun(project, file, "In project", -1, "playwright", "desktop");

    assertThat(runs.runsOfSpec(null, file, 10)).extracting(RunRecord::id).containsExactly(loose);
    assertThat(runs.findRun(loose)).get().extracting(RunRecord::projectId).isNull();
  }

  @Test
  void stepResultsComeBackInStepOrderWithUnknownsKept() {
    long run = runs.startRun(project, spec, "Login", -1, "playwright", "desktop").id();
    StepResultRecord third = new StepResultRecord(run, 2, "s3", "Click Pay", StepStatus.FAILED, 5000,
        "no element matches", "getByRole('button', { name: 'Pay' })", 0, "artifacts/runs/1/s3.png", "artifacts/runs/1/s3.html");
    StepResultRecord first = new StepResultRecord(run, 0, "s1", "Open /login", StepStatus.PASSED, 300, null, null, -1, null, null);
    StepResultRecord second = new StepResultRecord(run, 1, "s2", "Fill email", StepStatus.HEALED, 420, null,
        "#email", 1, null, null);
    runs.addStepResult(third);
    runs.addStepResult(first);
    runs.addStepResult(second);

    assertThat(runs.stepResults(run)).containsExactly(first, second, third);
    assertThat(runs.stepResults(run + 1000)).isEmpty();
  }

  @Test
  void recordingForAMissingRunSaysTheRunIsMissing() {
    assertThatThrownBy(() -> runs.addStepResult(new StepResultRecord(987654, 0, "s1", null, StepStatus.PASSED, 1, null,
        null, -1, null, null))).isInstanceOf(ArgusException.class).hasMessageContaining("no run with id 987654");
    assertThatThrownBy(() -> runs.finishRun(987654, RunStatus.PASSED, 1, null))
        .isInstanceOf(ArgusException.class).hasMessageContaining("no run with id 987654");
    assertThatThrownBy(() -> runs.addArtifact(987654, null, "trace", "x.zip"))
        .isInstanceOf(ArgusException.class).hasMessageContaining("no run with id 987654");
    assertThatThrownBy(() -> runs.startRun(987654L, spec, null, -1, null, null))
        .isInstanceOf(ArgusException.class).hasMessageContaining("no project with id 987654");
  }

  @Test
  void artifactsAreListedInTheOrderTheyWereAdded() {
    long run = runs.startRun(project, spec, "Login", -1, "playwright", "desktop").id();
    ArtifactRecord shot = runs.addArtifact(run, "s1", "screenshot", "artifacts/runs/" + run + "/s1.png");
    ArtifactRecord trace = runs.addArtifact(run, null, "trace", "artifacts/runs/" + run + "/trace.zip");

    assertThat(shot.id()).isPositive();
    assertThat(runs.artifacts(run)).containsExactly(shot, trace);
  }

  @Test
  void baselineIsReplacedByTheLatestAndKeptPerProjectSpecAndStep() {
    ElementFingerprint before = fingerprint("Log in", Map.of("data-qa", "login"));
    ElementFingerprint after = fingerprint("Sign in", Map.of());
    runs.saveBaseline(project, spec, "s1", before);
    runs.saveBaseline(null, spec, "s1", before);

    runs.saveBaseline(project, spec, "s1", after);

    assertThat(runs.baseline(project, spec, "s1")).contains(after);
    assertThat(runs.baseline(null, spec, "s1")).contains(before);
    assertThat(runs.baseline(project, spec, "s2")).isEmpty();
    assertThat(runs.baseline(project, "other.spec.yaml", "s1")).isEmpty();
  }

  @Test
  void unreadableBaselineCountsAsNone() throws Exception {
    runs.saveBaseline(project, spec, "s1", fingerprint("Log in", Map.of()));
    try (Connection c = DriverManager.getConnection("jdbc:derby:" + ws.home().databaseDir());
         PreparedStatement ps = c.prepareStatement(
             "UPDATE element_baselines SET fingerprint = ? WHERE project_id = ? AND spec_key = ?")) {
      ps.setString(1, "{\"tag\":\"button\",\"from_a_future_argus\":true}");
      ps.setLong(2, project);
      ps.setString(3, spec);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }

    assertThat(runs.baseline(project, spec, "s1")).isEmpty();
  }

  @Test
  void parallelWorkersRecordAtOnceWithoutLosingARow() throws Exception {
    int workers = 6;
    int runsEach = 15;
    int steps = 8;
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    List<Long> runIds = new ArrayList<>();
    try {
      List<Callable<List<Long>>> jobs = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        int row = w;
        jobs.add(() -> {
          List<Long> mine = new ArrayList<>();
          for (int r = 0; r < runsEach; r++) {
            long run = runs.startRun(project, spec, "Login", row, "playwright", "desktop").id();
            for (int s = 0; s < steps; s++) {
              runs.addStepResult(new StepResultRecord(run, s, "s" + s, null, StepStatus.PASSED, 1, null, null, 1, null, null));
              runs.saveBaseline(project, spec, "s" + s, fingerprint("row " + row, Map.of()));
            }
            runs.finishRun(run, RunStatus.PASSED, 10, null);
            mine.add(run);
          }
          return mine;
        });
      }
      for (Future<List<Long>> f : pool.invokeAll(jobs)) {
        runIds.addAll(f.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(runIds).hasSize(workers * runsEach).doesNotHaveDuplicates();
    assertThat(runs.runsOfSpec(project, spec, 1000)).hasSize(workers * runsEach)
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(RunStatus.PASSED));
    for (long run : runIds) {
      assertThat(runs.stepResults(run)).hasSize(steps);
    }
    try (Connection c = DriverManager.getConnection("jdbc:derby:" + ws.home().databaseDir());
         PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM element_baselines WHERE project_id = ?")) {
      ps.setLong(1, project);
      try (var rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).as("one baseline per step, whatever the races").isEqualTo(steps);
      }
    }
  }

  @Test
  void timesRoundTripWhateverTheMachinesTimeZone() {
    TimeZone original = TimeZone.getDefault();
    try {
      // 02:30 on 2025-03-30 does not exist in Berlin: clocks jump from 02:00 to 03:00.
      TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
      Instant inTheGap = Instant.parse("2025-03-30T01:30:00.123456Z");
      try (Workspace other = Workspace.open(ArgusHome.at(tmp.resolve("berlin")), new TickingClock(inTheGap))) {
        long run = other.runs().startRun(null, spec, null, -1, null, null).id();
        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        assertThat(other.runs().findRun(run)).get().extracting(RunRecord::startedAt).isEqualTo(inTheGap);
      }
    } finally {
      TimeZone.setDefault(original);
    }
  }

  static ElementFingerprint fingerprint(String text, Map<String, String> attributes) {
    return new ElementFingerprint("button", "login", null, "btn primary", "submit", "button", null, text, text, text,
        null, null, null, null, null, null, null, "login-button", "/html/body/form/button", "//*[@id='login']",
        10.0, 20.5, 100.0, 32.0, true, "Email Password", null, List.of("form", "main", "body"), attributes);
  }
}
