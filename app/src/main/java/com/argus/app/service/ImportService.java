package com.argus.app.service;

import com.argus.engine.ArgusException;
import com.argus.engine.importer.ImportResult;
import com.argus.engine.importer.ImportWarning;
import com.argus.engine.importer.Importers;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFiles;
import com.argus.engine.spec.format.SpecFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns a recording made elsewhere (Chrome DevTools Recorder JSON, Selenium IDE {@code .side}) into
 * spec files, for {@code argus import} and the workbench alike: one spec file per test, named after
 * the test, with the commands that could not be converted listed.
 *
 * <p>Stateless and thread-safe; blocking (reads and writes files).
 */
public final class ImportService {
  /** A spec file written, and how many steps it has. */
  public record Written(Path file, String name, int steps) {}

  /** The specs written and the commands that could not be converted. */
  public record Outcome(List<Written> written, List<ImportWarning> warnings) {
    public Outcome {
      written = List.copyOf(written);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Converts the file and writes its specs into the folder.
   *
   * @param baseUrl the specs' base URL (the recording's origin becomes relative to it), or null to keep the recording's
   * @param replace whether a spec file of the same name is replaced (the command line, which names its
   *     output folder) or kept, the new spec taking the next free name (a project's specs folder)
   * @throws ArgusException when the file does not exist or does not read, naming the file and line
   */
  public Outcome importFile(Path file, Path folder, String baseUrl, boolean replace) {
    if (!Files.isRegularFile(file)) {
      throw new ArgusException(file + ": no such file");
    }
    ImportResult result = Importers.forFile(file).read(file);
    Set<String> used = new HashSet<>();
    List<Written> written = new ArrayList<>();
    for (TestSpec spec : result.specs()) {
      TestSpec toWrite = baseUrl == null ? spec : spec.withBaseUrl(baseUrl);
      Path target = folder.resolve(uniqueName(slug(spec.name()), n -> used.add(n)
          && (replace || !Files.exists(folder.resolve(n + SpecFiles.SUFFIX)))) + SpecFiles.SUFFIX);
      SpecFormat.write(toWrite, target);
      written.add(new Written(target, spec.name(), spec.steps().size()));
    }
    return new Outcome(written, result.warnings());
  }

  static String slug(String name) {
    String s = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return s.isEmpty() ? "imported" : s;
  }

  private static String uniqueName(String base, Predicate<String> free) {
    String name = base;
    for (int n = 2; !free.test(name); n++) {
      name = base + "-" + n;
    }
    return name;
  }
}
