package com.argus.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.replay.Backend;
import com.argus.engine.replay.RunListener;
import com.argus.engine.replay.SpecLoader;
import com.argus.engine.spec.SpecSource;
import com.argus.engine.replay.StepResult;
import com.argus.engine.replay.SuiteResult;
import com.argus.engine.replay.TestResult;
import com.argus.engine.replay.support.RecordingRunRepository;
import com.argus.engine.replay.support.Runs;
import com.argus.engine.run.StepStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Recordings made in Chrome's Recorder and Selenium IDE replay green after import, on both backends. */
class ImportedRecordingsIT {
  static final Path DIR = Path.of("src/test/resources/importer");

  @TempDir
  Path artifacts;

  static Stream<Arguments> recordings() {
    return Stream.of(Backend.values()).flatMap(b -> Stream.of(
        Arguments.of("login.recording.json", b), Arguments.of("widgets.recording.json", b), Arguments.of("demo.side", b)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("recordings")
  void importsAndReplaysGreen(String file, Backend backend) {
    Path path = DIR.resolve(file);
    List<SpecSource> specs = file.endsWith(".json") ? SpecLoader.load(List.of(path))
        : Importers.seleniumIde().read(path).specs().stream().map(s -> SpecSource.of(s, path)).toList();

    SuiteResult suite = Runs.run(Runs.options(artifacts, backend, null).build(), new RecordingRunRepository(),
        RunListener.NONE, specs.toArray(SpecSource[]::new));

    for (TestResult test : suite.tests()) {
      assertThat(test.steps()).filteredOn(s -> s.status() == StepStatus.FAILED).extracting(StepResult::error).isEmpty();
      assertThat(test.passed()).isTrue();
    }
  }
}
