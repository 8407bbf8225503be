package com.argus.engine.heal.review;


import com.argus.engine.ArgusException;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.store.SpecAuthor;
import com.argus.engine.spec.store.SpecId;
import com.argus.engine.spec.store.SpecStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a heal into a spec file, the one way approving, approving for all and {@code --heal auto}
 * all do it: the new locator becomes the step's primary candidate and the old ones stay below it,
 * so a release that brings the old markup back still runs.
 *
 * <p>Thread-safe: the rewrite is a {@link SpecStore#update}, serialised per file and reading the file
 * again under its lock (parallel workers running data rows of one spec may heal the same step at
 * once), so other steps' heals are kept.
 */
public final class SpecRewrite {
  private SpecRewrite() {}

  /** Whether Argus writes spec files of this name: its own YAML format, not imported recordings. */
  public static boolean isWritableFormat(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /**
   * Whether the file is read-only: not writable for this process, or marked read-only by its owner.
   * The mark counts even where the process could write anyway (as root can): it is the user's way to
   * say "do not change this spec".
   */
  public static boolean isReadOnly(Path file) {
    if (!Files.isWritable(file)) {
      return true;
    }
    try {
      return Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null
          && !Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    } catch (java.io.IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /**
   * Makes {@code newLocator} the primary locator of step {@code stepId} of the spec, saved through the
   * store as a version by the healer with {@code comment} (which names the heal), so the spec's history
   * shows it.
   *
   * @return false when the step already had it first (nothing written)
   * @throws ArgusException when the file is missing, read-only, or has no such step with an element
   */
  public static boolean promote(SpecStore specs, SpecId spec, String stepId, Locator newLocator, String comment) {
    Path file = specs.resolve(spec);
    return specs.update(spec, current -> {
      boolean[] found = {false};
      boolean[] changed = {false};
      TestSpec healed = current.withStep(stepId, s -> {
        found[0] = true;
        return promoteIn(s, newLocator, changed);
      });
      if (!found[0]) {
        throw new ArgusException("The spec " + file.getFileName() + " has no step '" + stepId + "' any more.");
      }
      if (!changed[0]) {
        return current;
      }
      if (isReadOnly(file)) {
        throw new ArgusException("The spec file " + file + " is read-only; make it writable to keep the heal.");
      }
      return healed;
    }, SpecAuthor.HEALER, comment);
  }

  private static Step promoteIn(Step s, Locator newLocator, boolean[] changed) {
    if (s.target() == null) {
      throw new ArgusException("Step '" + s.id() + "' has no element to heal.");
    }
    changed[0] = !newLocator.equals(s.target().primary());
    return changed[0] ? s.withTarget(s.target().withPrimary(newLocator)) : s;
  }
}
