package com.argus.engine.importer;

import com.argus.engine.ConfigurationException;
import java.nio.file.Path;

/** The recording importers, and the choice by file name. Stateless. */
public final class Importers {
  private Importers() {}

  /** Chrome DevTools Recorder JSON exports. */
  public static RecordingImporter chromeRecorder() {
    return new ChromeRecorderImporter();
  }

  /** Selenium IDE {@code .side} projects. */
  public static RecordingImporter seleniumIde() {
    return new SeleniumIdeImporter();
  }

  /** {@code .side} → Selenium IDE, {@code .json} → Chrome Recorder. */
  public static RecordingImporter forFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".side")) {
      return seleniumIde();
    }
    if (name.endsWith(".json")) {
      return chromeRecorder();
    }
    throw new ConfigurationException(file + ": not a recording Argus imports; expected a Chrome DevTools Recorder "
        + "export (.json) or a Selenium IDE project (.side)");
  }
}
