package com.argus.app;

import com.argus.app.heal.HealQueue;
import com.argus.app.record.Recorder;
import com.argus.app.run.RunPort;
import com.argus.app.specs.LocatorProbe;

/**
 * The engine services the screens use; a null one is not available in this build and its screen
 * says so rather than pretending.
 */
record Ports(Recorder recorder, RunPort runner, HealQueue heals, LocatorProbe probe) {
  static Ports none() {
    return new Ports(null, null, null, null);
  }
}
