package com.argus.app.service;

import com.argus.engine.ArgusException;
import com.argus.engine.importer.ImportResult;
import com.argus.engine.importer.ImportWarning;
import com.argus.engine.importer.Importers;
import com.argus.engine.project.Project;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFiles;
import com.argus.engine.spec.format.SpecFormat;
import com.argus.engine.spec.store.SpecAuthor;
import com.argus.engine.spec.store.SpecStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Turns a recording made elsewhere (Chrome DevTools Recorder JSON, Selenium IDE {@code .side}) into
 * spec files, for {@code argus import} and the workbench alike: one spec file per test, named after
 * the test, with the commands that could not be converted listed. Into a project, specs are saved
 * through the {@link SpecStore} (a version by "import") and never replace one of its specs.
 *
 * <p>Thread-safe; blocking (reads and writes files).
 */
public final class ImportService {
  private final SpecStore specs;

  /** Imports into folders only; {@link #importInto} needs the spec store. */
  public ImportService() {
    this(null);
  }

  public ImportService(SpecStore specs) {
    this.specs = specs;
  }

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
   * Converts the file and writes its specs into a folder the user named, each under the next free
   * name as into a project; with {@code replace}, a spec file of the same name there is replaced
   * instead and keeps its file mode (two tests of one recording with the same name still get a
   * file each).
   *
   * @param baseUrl the specs' base URL (the recording's origin becomes relative to it), or null to keep the recording's
   * @throws ArgusException when the file does not exist or does not read, naming the file and line
   */
  public Outcome importFile(Path file, Path folder, String baseUrl, boolean replace) {
    Set<Path> written = new HashSet<>();
    return convert(file, baseUrl, (spec, text) -> {
      Path same = folder.resolve(SpecFiles.fileNameFor(spec.name()));
      Path target = replace && written.add(same) ? same : SpecFiles.freeFile(folder, spec.name());
      written.add(target);
      SpecFiles.writeAtomically(target, text);
      return target;
    });
  }

  /**
   * Converts the file and saves its specs in the project's specs folder, each under the next free
   * name, with a version by "import".
   *
   * @throws ArgusException when the project has no specs folder, or as {@link #importFile}
   */
  public Outcome importInto(Path file, Project project) {
    if (specs == null) {
      throw new IllegalStateException("importing into a project needs the spec store");
    }
    Path folder = SpecStore.specsDir(project).orElseThrow(() -> new ArgusException("Project '" + project.name()
        + "' has no specs folder to import into; give it one, or import into a folder of your choice."));
    return convert(file, null, (spec, text) -> {
      Path target = SpecFiles.freeFile(folder, spec.name());
      specs.save(SpecStore.keyOf(project, target), spec, SpecAuthor.IMPORT, "imported from " + file.getFileName());
      return target;
    });
  }

  // Every spec is written out and read back before the first file is touched, so a recording the
  // spec reader would refuse (too large, say) leaves no spec behind that cannot be opened.
  private static Outcome convert(Path file, String baseUrl, BiFunction<TestSpec, String, Path> write) {
    if (!Files.isRegularFile(file)) {
      throw new ArgusException(file + ": no such file");
    }
    ImportResult result = Importers.forFile(file).read(file);
    List<Map.Entry<TestSpec, String>> texts = new ArrayList<>();
    for (TestSpec imported : result.specs()) {
      TestSpec spec = baseUrl == null ? imported : imported.withBaseUrl(baseUrl);
      String text = SpecFormat.write(spec);
      try {
        SpecFormat.parse(text, SpecFiles.fileNameFor(spec.name()));
      } catch (ArgusException e) {
        throw new ArgusException(file + ": test '" + spec.name() + "' (" + spec.steps().size() + " steps) converts into a "
            + "spec that Argus could not read back, so nothing was imported: " + e.getMessage()
            + ". Split the recording into smaller ones and import those.", e);
      }
      texts.add(Map.entry(spec, text));
    }
    List<Written> written = new ArrayList<>();
    for (Map.Entry<TestSpec, String> t : texts) {
      written.add(new Written(write.apply(t.getKey(), t.getValue()), t.getKey().name(), t.getKey().steps().size()));
    }
    return new Outcome(written, result.warnings());
  }
}
