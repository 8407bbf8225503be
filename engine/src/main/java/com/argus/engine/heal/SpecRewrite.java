package com.argus.engine.heal;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Writes a heal into a spec file, the one way approving, approving for all and {@code --heal auto}
 * all do it: the new locator becomes the step's primary candidate and the old ones stay below it,
 * so a release that brings the old markup back still runs.
 *
 * <p>Thread-safe: rewrites of one file are serialised in this JVM (parallel workers running data
 * rows of one spec may heal the same step at once); the file is read again under the lock, so
 * other steps' heals are kept.
 */
public final class SpecRewrite {
  private static final ConcurrentMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

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
   * Makes {@code newLocator} the primary locator of step {@code stepId} in {@code file}.
   *
   * @return false when the step already had it first (nothing written)
   * @throws ArgusException when the file is missing, unwritable, or has no such step with an element
   */
  public static boolean promote(Path file, String stepId, Locator newLocator) {
    Path key = file.toAbsolutePath().normalize();
    synchronized (LOCKS.computeIfAbsent(key, k -> new Object())) {
      if (!Files.isRegularFile(key)) {
        throw new ArgusException("The spec file " + file + " is not there any more; it may have been moved or deleted.");
      }
      TestSpec spec = SpecFormat.read(key);
      boolean[] found = {false};
      boolean[] changed = {false};
      TestSpec healed = spec.withStep(stepId, s -> {
        found[0] = true;
        return promoteIn(s, newLocator, changed);
      });
      if (!found[0]) {
        throw new ArgusException("The spec " + file.getFileName() + " has no step '" + stepId + "' any more.");
      }
      if (!changed[0]) {
        return false;
      }
      if (isReadOnly(key)) {
        throw new ArgusException("The spec file " + file + " is read-only; make it writable to keep the heal.");
      }
      SpecFormat.write(healed, key);
      return true;
    }
  }

  private static Step promoteIn(Step s, Locator newLocator, boolean[] changed) {
    if (s.target() == null) {
      throw new ArgusException("Step '" + s.id() + "' has no element to heal.");
    }
    changed[0] = !newLocator.equals(s.target().primary());
    return changed[0] ? s.withTarget(s.target().withPrimary(newLocator)) : s;
  }
}
