package com.argus.app;

import com.argus.app.heal.EngineHealQueue;
import com.argus.app.record.SessionRecorder;
import com.argus.app.run.ServiceRunPort;
import com.argus.app.service.HealingService;
import com.argus.app.service.RecordService;
import com.argus.app.service.RunService;
import com.argus.app.specs.BrowserLocatorProbe;
import com.argus.engine.project.Project;
import com.argus.store.Workspace;
import java.util.function.Supplier;

/**
 * Builds the engine adapters the screens use from an open workspace: the one place that says which
 * engine services the workbench is wired to. A port left null shows as "not connected" on its
 * screen.
 */
final class EnginePorts {
  private EnginePorts() {}

  /**
   * @param currentProject the project open in the workbench (null when none): the browser its
   *     settings name is the one every screen drives
   */
  static Ports create(Workspace workspace, Supplier<Project> currentProject) {
    ServiceRunPort runner = new ServiceRunPort(new RunService(workspace));
    SessionRecorder recorder = new SessionRecorder(new RecordService(workspace.specStore()), false);
    BrowserLocatorProbe probe = new BrowserLocatorProbe(workspace.home().artifactsDir(), () -> {
      Project p = currentProject.get();
      return p == null ? null : p.settings().browser();
    });
    EngineHealQueue heals = new EngineHealQueue(HealingService.review(workspace),
        stored -> HealingService.stored(workspace, stored),
        System.getProperty("user.name", "user"));
    return new Ports(recorder, runner, heals, probe);
  }
}
