package com.argus.app.export;

import com.argus.engine.spec.TestSpec;
import java.util.List;

/**
 * What the export screen needs from the engine's exporter: the target languages and the generated
 * code for a spec. Adapted from the engine's export API in the composition root once it lands.
 * Pure and blocking; called through the TaskRunner.
 */
public interface Exporter {
  /** e.g. "Playwright Test (TypeScript)", "Playwright Java (JUnit 5)". */
  List<String> targets();

  String render(TestSpec spec, String target);

  /** The file name the generated code would have, e.g. {@code checkout.spec.ts}. */
  String fileName(TestSpec spec, String target);
}
