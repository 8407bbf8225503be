package com.argus.engine.export;

import com.argus.engine.ArgusException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The code an export can write, spelled on the command line as {@code --format playwright-ts}. */
public enum ExportFormat {
  PLAYWRIGHT_TS("playwright-ts"),
  PLAYWRIGHT_JAVA("playwright-java");

  private final String optionName;

  ExportFormat(String optionName) {
    this.optionName = optionName;
  }

  public String optionName() {
    return optionName;
  }

  public SpecExporter exporter() {
    return switch (this) {
      case PLAYWRIGHT_TS -> new PlaywrightTsExporter();
      case PLAYWRIGHT_JAVA -> new PlaywrightJavaExporter();
    };
  }

  public static ExportFormat parse(String name) {
    String normal = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.optionName.equals(normal)).findFirst()
        .orElseThrow(() -> new ArgusException("unknown export format '" + name + "'; expected one of: "
            + Arrays.stream(values()).map(ExportFormat::optionName).collect(Collectors.joining(", "))));
  }
}
