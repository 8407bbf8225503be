package com.argus.engine.importer;

import com.argus.engine.ConfigurationException;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecValidator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What every importer does with a converted test before handing it out: a name when the recording
 * gives none, and the spec validator's word, so an import never yields a spec that
 * {@code spec validate} would reject. Stateless.
 */
final class ImportedSpecs {
  private static final int SHOWN_PROBLEMS = 5;

  private ImportedSpecs() {}

  /** A spec name from the recording's file name: {@code login.recording.json} gives {@code login recording}. */
  static String nameFromFile(String label) {
    String file = label.replace('\\', '/');
    file = file.substring(file.lastIndexOf('/') + 1);
    int dot = file.lastIndexOf('.');
    String stem = (dot > 0 ? file.substring(0, dot) : file).replaceAll("[\\p{Cntrl}._-]+", " ").trim();
    return stem.isEmpty() ? "Imported recording" : stem;
  }

  /**
   * The spec when it validates.
   *
   * @throws ConfigurationException naming the file and the test, with the first problems, when it does not
   */
  static TestSpec validated(TestSpec spec, String label) {
    List<SpecValidator.Violation> violations = SpecValidator.validate(spec);
    if (violations.isEmpty()) {
      return spec;
    }
    String shown = violations.stream().limit(SHOWN_PROBLEMS).map(SpecValidator.Violation::message)
        .collect(Collectors.joining("; "));
    String more = violations.size() > SHOWN_PROBLEMS ? " (and " + (violations.size() - SHOWN_PROBLEMS) + " more)" : "";
    throw new ConfigurationException(label + ": test '" + spec.name() + "' does not convert into a valid spec, so "
        + "nothing was imported: " + shown + more + ". Fix the recording (or record it again), then import it again.");
  }
}
