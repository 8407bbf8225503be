/**
 * Undoable edits to a spec: each change the editor makes is a {@link
 * com.argus.engine.spec.edit.SpecEdit} value applied through a {@link
 * com.argus.engine.spec.edit.SpecEditHistory}. Pure: no files, no store, no GUI.
 */
package com.argus.engine.spec.edit;
