package com.argus.engine.spec.edit;

import com.argus.engine.spec.TestSpec;

/**
 * One change to a spec, as an object: the editor applies it through a {@link SpecEditHistory} so it
 * can be undone and redone, and the description names it in the Undo/Redo menu.
 *
 * <p>Implementations are immutable values and pure: {@link #apply} returns a new spec and never
 * touches files or the store.
 */
public interface SpecEdit {
  /** The spec after this edit. Throws {@link IllegalArgumentException} when it does not apply. */
  TestSpec apply(TestSpec spec);

  /** A short human name, e.g. "Change value of step 'user'". */
  String description();
}
