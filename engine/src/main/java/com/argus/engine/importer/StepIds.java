package com.argus.engine.importer;

import com.argus.engine.spec.Action;
import java.util.HashSet;
import java.util.Set;

/** Readable unique step ids for imported steps: {@code click-3}. Not thread-safe: one per import. */
final class StepIds {
  private final Set<String> used = new HashSet<>();

  String next(Action action, int position) {
    String base = action.fileName().replace('_', '-') + "-" + position;
    String id = base;
    for (int i = 2; !used.add(id); i++) {
      id = base + "-" + i;
    }
    return id;
  }
}
