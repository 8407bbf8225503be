package com.argus.engine.replay;

import com.argus.engine.spec.SpecSource;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.demo.DemoServer;
import com.argus.engine.replay.support.RecordingRunRepository;
import com.argus.engine.replay.support.Runs;
import com.argus.engine.run.StepStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample project (examples/demo) passes against the demo shop on both backends, desktop and mobile. */
class DemoExamplesIT {
  static DemoServer demo;

  @TempDir
  Path artifacts;

  @BeforeAll
  static void startDemo() {
    demo = DemoServer.start("v1", 0);
  }

  @AfterAll
  static void stopDemo() {
    demo.close();
  }

  static Stream<Arguments> backendsDevicesAndSpecs() {
    return Stream.of(Backend.values()).flatMap(b -> Stream.of("desktop", "mobile").flatMap(d ->
        Stream.of("shop", "widgets", "search").map(s -> Arguments.of(b, d, s))));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("backendsDevicesAndSpecs")
  void passesTheDemoSpec(Backend backend, String device, String spec) {
    List<SpecSource> specs = SpecLoader.load(List.of(Path.of("../examples/demo/" + spec + ".spec.yaml")));
    RunOptions options = Runs.options(artifacts, backend, device).baseUrl(demo.baseUri().toString()).build();

    SuiteResult suite = Runs.run(options, new RecordingRunRepository(), RunListener.NONE, specs.toArray(SpecSource[]::new));

    assertThat(suite.tests()).isNotEmpty();
    for (TestResult test : suite.tests()) {
      assertThat(test.steps()).as(test.name()).filteredOn(s -> s.status() == StepStatus.FAILED)
          .extracting(StepResult::error).isEmpty();
      assertThat(test.passed()).as(test.name()).isTrue();
    }
  }
}
