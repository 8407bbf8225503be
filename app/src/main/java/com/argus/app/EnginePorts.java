package com.argus.app;

import com.argus.store.Workspace;

/**
 * Builds the engine adapters the screens use from an open workspace: one place that says which
 * engine services the workbench is wired to. A port left null shows as "not connected" on its screen.
 */
final class EnginePorts {
  private EnginePorts() {}

  static Ports create(Workspace workspace) {
    return Ports.none();
  }
}
