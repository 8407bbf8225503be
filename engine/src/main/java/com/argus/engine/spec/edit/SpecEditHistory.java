package com.argus.engine.spec.edit;

import com.argus.engine.spec.TestSpec;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * The current spec of an editor with its undo and redo stacks. Each applied edit remembers the spec
 * it was applied to, so undo restores exactly that spec whatever the edit did.
 *
 * <p>Not thread-safe: one editor owns one history and uses it from one thread.
 */
public final class SpecEditHistory {
  private record Applied(SpecEdit edit, TestSpec before, TestSpec after) {}

  private final Deque<Applied> undo = new ArrayDeque<>();
  private final Deque<Applied> redo = new ArrayDeque<>();
  private final int limit;
  private TestSpec current;
  private TestSpec saved;

  public SpecEditHistory(TestSpec initial) {
    this(initial, 500);
  }

  public SpecEditHistory(TestSpec initial, int limit) {
    this.current = Objects.requireNonNull(initial);
    this.saved = initial;
    this.limit = limit;
  }

  public TestSpec current() {
    return current;
  }

  /** Applies the edit; an edit that changes nothing is not recorded. Returns whether it changed the spec. */
  public boolean apply(SpecEdit edit) {
    TestSpec after = edit.apply(current);
    if (after.equals(current)) {
      return false;
    }
    undo.push(new Applied(edit, current, after));
    if (undo.size() > limit) {
      undo.removeLast();
    }
    redo.clear();
    current = after;
    return true;
  }

  public boolean canUndo() {
    return !undo.isEmpty();
  }

  public boolean canRedo() {
    return !redo.isEmpty();
  }

  public Optional<String> undoDescription() {
    return Optional.ofNullable(undo.peek()).map(a -> a.edit().description());
  }

  public Optional<String> redoDescription() {
    return Optional.ofNullable(redo.peek()).map(a -> a.edit().description());
  }

  public void undo() {
    Applied a = undo.pop();
    redo.push(a);
    current = a.before();
  }

  public void redo() {
    Applied a = redo.pop();
    undo.push(a);
    current = a.after();
  }

  /** Marks the current spec as the one on disk. */
  public void markSaved() {
    saved = current;
  }

  /** Whether the current spec differs from the last one saved (undoing back to it counts as clean). */
  public boolean isDirty() {
    return !current.equals(saved);
  }
}
