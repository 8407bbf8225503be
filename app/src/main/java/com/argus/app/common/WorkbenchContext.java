package com.argus.app.common;

import com.argus.engine.project.Project;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the user is working on, shared by the screens: the current project and spec. Only touched
 * on the UI thread.
 */
public final class WorkbenchContext {
  private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
  private final ObjectProperty<SpecRef> spec = new SimpleObjectProperty<>();

  public ObjectProperty<Project> projectProperty() {
    return project;
  }

  public ObjectProperty<SpecRef> specProperty() {
    return spec;
  }
}
