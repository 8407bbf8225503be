package com.argus.app;

import com.argus.app.common.PreferenceStore;
import com.argus.app.heal.EngineHealQueue;
import com.argus.app.heal.WorkspaceHealing;
import com.argus.app.record.SessionRecorder;
import com.argus.app.run.ServiceRunPort;
import com.argus.app.service.RunService;
import com.argus.app.settings.SettingsViewModel;
import com.argus.app.specs.BrowserLocatorProbe;
import com.argus.store.Workspace;

/**
 * Builds the engine adapters the screens use from an open workspace: the one place that says which
 * engine services the workbench is wired to. A port left null shows as "not connected" on its
 * screen.
 */
final class EnginePorts {
  private EnginePorts() {}

  static Ports create(Workspace workspace, PreferenceStore prefs) {
    ServiceRunPort runner = new ServiceRunPort(new RunService(workspace), () -> prefs.get(SettingsViewModel.BROWSER, ""));
    SessionRecorder recorder = new SessionRecorder(false, () -> prefs.get(SettingsViewModel.BROWSER, ""));
    BrowserLocatorProbe probe = new BrowserLocatorProbe(workspace.home().artifactsDir(),
        () -> prefs.get(SettingsViewModel.BROWSER, ""));
    EngineHealQueue heals = new EngineHealQueue(WorkspaceHealing.review(workspace),
        stored -> WorkspaceHealing.stored(workspace, stored),
        System.getProperty("user.name", "user"));
    return new Ports(recorder, runner, heals, probe);
  }
}
