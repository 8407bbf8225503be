package com.argus.engine.replay;

import com.argus.engine.spec.SpecSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.engine.ArgusException;
import com.argus.engine.ConfigurationException;
import com.argus.engine.replay.driver.Poller;
import com.argus.engine.replay.support.RecordingRunRepository;
import com.argus.engine.spec.format.SpecFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's pure parts: variables, data rows, waits on a fake clock, configuration errors. */
class RunnerPartsTest {
  @TempDir
  Path dir;

  @Test
  void resolvesVariablesAndLeavesNonReferencesAlone() {
    Variables v = new Variables(Map.of("user", "demo"));
    assertThat(v.resolve("hi ${user}, ${not a var}")).isEqualTo("hi demo, ${not a var}");
    assertThatThrownBy(() -> v.resolve("${missing}")).isInstanceOf(ArgusException.class).hasMessageContaining("${missing}");
  }

  @Test
  void readsQuotedCsvRows() throws Exception {
    Path csv = dir.resolve("rows.csv");
    Files.writeString(csv, "term,hits\r\nlamp,1\n\"chair, office\",\"say \"\"hi\"\"\"\n");
    assertThat(DataRowsReader.readCsv(csv)).containsExactly(
        Map.of("term", "lamp", "hits", "1"), Map.of("term", "chair, office", "hits", "say \"hi\""));
    Files.writeString(csv, "a,b\n1\n");
    assertThatThrownBy(() -> DataRowsReader.readCsv(csv)).isInstanceOf(ConfigurationException.class).hasMessageContaining("rows.csv:2");
  }

  @Test
  void pollsOnAFakeClockWithoutSleeping() {
    Instant[] now = {Instant.parse("2026-01-01T00:00:00Z")};
    Clock clock = new Clock() {
      @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
      @Override public Clock withZone(java.time.ZoneId zone) { return this; }
      @Override public Instant instant() { return now[0]; }
    };
    Poller poller = new Poller(clock, d -> now[0] = now[0].plus(d));
    AtomicInteger tries = new AtomicInteger();
    assertThat(poller.poll(Duration.ofSeconds(1), () -> tries.incrementAndGet() == 4 ? Optional.of("ok") : Optional.empty()))
        .contains("ok");
    assertThat(poller.poll(Duration.ofSeconds(2), Optional::empty)).isEmpty();
    assertThat(now[0]).isAfterOrEqualTo(Instant.parse("2026-01-01T00:00:02Z"));
  }

  @Test
  void cancelledPollerGivesUpWaitsAndPausesWithinAHundredMilliseconds() {
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    Instant[] now = {start};
    Clock clock = new Clock() {
      @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
      @Override public Clock withZone(java.time.ZoneId zone) { return this; }
      @Override public Instant instant() { return now[0]; }
    };
    java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();
    Poller poller = new Poller(clock, d -> now[0] = now[0].plus(d)).cancelledWhen(cancel::get);

    assertThat(poller.poll(Duration.ofSeconds(30), () -> {
      cancel.compareAndSet(Duration.between(start, now[0]).toMillis() >= 500, true);
      return Optional.empty();
    })).isEmpty();
    assertThat(Duration.between(start, now[0])).isLessThan(Duration.ofMillis(700));

    cancel.set(false);
    Instant pauseStart = now[0];
    Poller pausing = new Poller(clock, d -> {
      now[0] = now[0].plus(d);
      cancel.set(Duration.between(pauseStart, now[0]).toMillis() >= 1_000);
    }).cancelledWhen(cancel::get);
    pausing.pause(Duration.ofSeconds(60));
    assertThat(Duration.between(pauseStart, now[0])).isLessThanOrEqualTo(Duration.ofMillis(1_100));
  }

  @Test
  void refusesASecretWithoutValueBeforeOpeningABrowser() throws Exception {
    Path spec = dir.resolve("s.spec.yaml");
    Files.writeString(spec, "schemaVersion: 2\nname: s\nvariables:\n  - name: token\n    secret: true\nsteps:\n  - id: a\n    action: navigate\n    value: /\n");
    SpecRunner runner = new SpecRunner(RunOptions.builder(dir).build(), new RecordingRunRepository(),
        name -> Optional.empty(), RunListener.NONE, Poller.system(), loopback -> { throw new AssertionError("no browser"); });
    assertThatThrownBy(() -> runner.run(List.of(SpecSource.of(SpecFormat.read(spec), spec))))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("secret variable 'token' has no value");
  }

  @Test
  void refusesUnknownDevicesAndBadSpecFiles() throws Exception {
    Path bad = dir.resolve("bad.spec.yaml");
    Files.writeString(bad, "schemaVersion: 2\nname: b\nsteps:\n  - id: a\n    action: clik\n");
    assertThatThrownBy(() -> SpecLoader.load(List.of(bad))).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("bad.spec.yaml:5");
    Path ok = dir.resolve("ok.spec.yaml");
    Files.writeString(ok, "schemaVersion: 2\nname: o\nsteps:\n  - id: a\n    action: navigate\n    value: /\n");
    SpecRunner runner = new SpecRunner(RunOptions.builder(dir).device("watch").build(), new RecordingRunRepository(),
        name -> Optional.empty(), RunListener.NONE, Poller.system(), loopback -> { throw new AssertionError("no browser"); });
    assertThatThrownBy(() -> runner.run(SpecLoader.load(List.of(ok)))).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("unknown device 'watch'");
  }
}
