package com.argus.app.run;

import com.argus.app.common.SpecRef;
import com.argus.app.service.RunOutcome;
import com.argus.app.service.RunRequest;
import com.argus.app.service.RunService;
import com.argus.engine.ArgusException;
import com.argus.engine.heal.HealMode;
import com.argus.engine.project.Project;
import com.argus.engine.replay.Backend;
import com.argus.engine.replay.RunListener;
import com.argus.engine.replay.StepResult;
import com.argus.engine.replay.TestInfo;
import com.argus.engine.replay.TraceMode;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.format.SpecFiles;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The run screen's {@link RunPort} on the {@link RunService} that {@code argus run} uses: the same
 * spec loading, engine options, heal pipeline, secrets, stored results and HTML report artifact.
 * Specs of a project run against the project's base URL, so the sample project follows the demo
 * shop wherever it is served; failures keep a Playwright trace.
 *
 * <p>Thread-safe: the service builds an engine runner per call.
 */
public final class ServiceRunPort implements RunPort {
  private final RunService service;
  public ServiceRunPort(RunService service) {
    this.service = service;
  }

  @Override
  public Outcome run(List<SpecRef> specs, Choices choices, Listener listener, BooleanSupplier cancelled) {
    if (specs.isEmpty()) {
      throw new ArgusException("There is no spec to run: the folder has no *" + SpecFiles.SUFFIX + " files.");
    }
    Project project = specs.get(0).project();
    RunRequest request = RunRequest.of(specs.stream().map(SpecRef::file).toList()).project(project)
        .backend(Backend.parse(choices.backend()).orElse(Backend.PLAYWRIGHT))
        .device(choices.device())
        .workers(choices.workers())
        .heal(HealMode.parse(choices.healMode()).orElse(HealMode.OFF))
        .trace(TraceMode.ON_FAILURE)
        .baseUrl(project.baseUrl())
        .build();
    RunOutcome outcome = service.run(request, new Forward(listener), cancelled);
    if (outcome.runs().isEmpty()) {
      throw new ArgusException("The run was cancelled before it started.");
    }
    return new Outcome(outcome.runs(), outcome.suite().durationMs(), outcome.cancelled(),
        outcome.unreadable().stream().map(RunOutcome.Unreadable::describe).toList());
  }

  /** Engine events to the screen's listener, with screenshot paths made absolute. */
  private record Forward(Listener listener) implements RunListener {
    @Override
    public void testStarted(TestInfo test) {
      listener.testStarted(test.runId(), test.name());
    }

    @Override
    public void stepStarted(TestInfo test, int index, Step step) {
      listener.stepStarted(new StepLive(test.runId(), test.name(), index, step.id(), step.title(), null, 0, null, null, null, null));
    }

    @Override
    public void stepFinished(TestInfo test, StepResult r) {
      listener.stepFinished(new StepLive(test.runId(), test.name(), r.index(), r.stepId(), r.title(), r.status(), r.durationMs(),
          r.error(), r.locatorUsed(), r.screenshot() == null ? null : r.screenshot().toAbsolutePath().toString(),
          r.heal() == null ? null : r.heal().summary()));
    }
  }
}
