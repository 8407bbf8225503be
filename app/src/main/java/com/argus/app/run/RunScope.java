package com.argus.app.run;

import com.argus.app.common.SpecRef;
import com.argus.app.specs.SpecFiles;
import com.argus.engine.project.Project;
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
    Path specsDir = specsDir(current);
    Path folder = this == FOLDER ? current.file().getParent() : specsDir;
    return SpecFiles.find(folder).stream().map(f -> new SpecRef(project, SpecFiles.keyOf(specsDir, f), f)).toList();
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

  // The key is the file's path under the specs folder, so the folder is the file minus the key.
  private static Path specsDir(SpecRef current) {
    Path dir = current.file().toAbsolutePath().normalize();
    for (int i = current.key().split("/").length; i > 0 && dir != null; i--) {
      dir = dir.getParent();
    }
    return dir;
  }

  @Override
  public String toString() {
    return label;
  }
}
