package com.argus.engine.replay;

import com.argus.engine.spec.SpecSource;

import com.argus.engine.ConfigurationException;
import com.argus.engine.importer.Importers;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFiles;
import com.argus.engine.spec.format.SpecFormat;
import com.argus.engine.spec.format.SpecFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@code argus run PATH...} names: spec files, folders of them (every {@code
 * *.spec.yaml} below, sorted), and Chrome DevTools Recorder JSON files given directly. Any file
 * that does not read stops the run as a configuration error listing every problem. Stateless.
 */
public final class SpecLoader {
  private SpecLoader() {}

  public static List<SpecSource> load(List<Path> paths) {
    List<SpecSource> sources = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        problems.add(path + ": no such file or folder");
        continue;
      }
      for (Path file : SpecFiles.expand(path)) {
        try {
          sources.add(SpecSource.of(read(file), file));
        } catch (SpecFormatException e) {
          problems.add(e.userMessage());
        } catch (ConfigurationException e) {
          problems.add(e.userMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigurationException(String.join("\n", problems));
    }
    if (sources.isEmpty()) {
      throw new ConfigurationException("No specs found in " + paths + " (looking for *.spec.yaml)");
    }
    return sources;
  }

  private static TestSpec read(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".json")) {
      return Importers.chromeRecorder().read(file).specs().get(0);
    }
    return SpecFormat.read(file);
  }


}
