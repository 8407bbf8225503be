package com.argus.app.run;

import com.argus.app.common.SpecRef;
import com.argus.engine.project.Project;
import com.argus.engine.spec.store.SpecStore;
import java.nio.file.Path;
import java.util.List;

/** What Run covers, starting from the spec the user is on: that spec, its folder, or its whole project. */
public enum RunScope {
  SPEC("This spec"),
  FOLDER("Its folder"),
  PROJECT("Whole project");

  private final String label;

  RunScope(String label) {
    this.label = label;
  }

  /** The spec files to run, each known by its key in the project's specs folder. Blocking (lists folders). */
  public List<SpecRef> specs(SpecRef current) {
    if (this == SPEC) {
      return List.of(current);
    }
    Project project = current.project();
    Path folder = current.file().toAbsolutePath().normalize().getParent();
    return SpecStore.list(project).stream().filter(e -> this == PROJECT || e.file().startsWith(folder))
        .map(e -> new SpecRef(project, e.id().key(), e.file())).toList();
  }

  /** "shop.spec.yaml", "folder checkout/", "project Demo shop". */
  public String describe(SpecRef current) {
    return switch (this) {
      case SPEC -> current.key();
      case FOLDER -> {
        int slash = current.key().lastIndexOf('/');
        yield "folder " + (slash < 0 ? "(top)" : current.key().substring(0, slash + 1));
      }
      case PROJECT -> "project " + current.project().name();
    };
  }

  @Override
  public String toString() {
    return label;
  }
}
