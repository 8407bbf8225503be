package com.argus.engine.replay.support;

import com.argus.engine.replay.Backend;
import com.argus.engine.replay.RunListener;
import com.argus.engine.replay.RunOptions;
import com.argus.engine.replay.SpecRunner;
import com.argus.engine.spec.SpecSource;
import com.argus.engine.replay.SuiteResult;
import com.argus.engine.secret.SecretsProvider;
import com.argus.engine.spec.format.SpecFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Shortcuts for browser tests: options against the fixture app, the secrets they use, running specs. */
public final class Runs {
  public static final String PASSWORD = "demo123";
  public static final SecretsProvider SECRETS = name -> "password".equals(name) ? Optional.of(PASSWORD) : Optional.empty();

  private Runs() {}

  public static RunOptions.Builder options(Path artifacts, Backend backend, String device) {
    return RunOptions.builder(artifacts).backend(backend).device(device).baseUrl(FixtureServer.baseUrl())
        .screenshots(false).stepTimeout(Duration.ofSeconds(5)).argusHome(artifacts);
  }

  public static SpecSource spec(String resource) {
    Path file = Path.of("src/test/resources/replay", resource);
    return SpecSource.of(SpecFormat.read(file), file);
  }

  public static SuiteResult run(RunOptions options, RecordingRunRepository repo, RunListener listener, SpecSource... specs) {
    return new SpecRunner(options, repo, SECRETS, listener).run(List.of(specs));
  }
}
