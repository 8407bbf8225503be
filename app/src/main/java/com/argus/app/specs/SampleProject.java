package com.argus.app.specs;

import com.argus.app.common.Workspace;
import com.argus.engine.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start: when the workspace has no project, a sample one pointing at the bundled demo app,
 * with the example specs copied into its specs folder, so a new user has something to run at once.
 */
public final class SampleProject {
  public static final String NAME = "Demo shop";
  private static final Logger LOG = LoggerFactory.getLogger(SampleProject.class);

  private SampleProject() {}

  /**
   * Creates the sample project unless a project exists. Blocking.
   *
   * @param examples where the example specs are ({@code examples/demo}); may be missing
   * @param demoBaseUrl where the demo app is served on loopback
   * @return the created project, or empty when the workspace already had one
   */
  public static Optional<Project> ensure(Workspace workspace, Path examples, String demoBaseUrl) throws IOException {
    if (!workspace.projects().list().isEmpty()) {
      return Optional.empty();
    }
    Path specs = workspace.home().resolve("projects").resolve("demo-shop").resolve("specs");
    Files.createDirectories(specs);
    List<Path> found = examples != null && Files.isDirectory(examples) ? SpecFiles.find(examples) : List.of();
    for (Path example : found) {
      Path target = specs.resolve(examples.relativize(example).toString());
      Files.createDirectories(target.getParent());
      if (!Files.exists(target)) {
        Files.copy(example, target);
      }
    }
    LOG.info("first start: sample project with {} example specs in {}", found.size(), specs);
    Project project = workspace.projects().create(NAME, demoBaseUrl, specs.toString());
    workspace.audit().record("argus", "project.create", NAME, "sample project on first start");
    return Optional.of(project);
  }
}
