package com.argus.app.specs;

import com.argus.engine.project.Project;
import com.argus.engine.project.ProjectSettings;
import com.argus.engine.spec.format.SpecFiles;
import com.argus.store.Workspace;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start: when the workspace has no project, a sample one pointing at the bundled demo app,
 * with the example specs copied into its specs folder, so a new user has something to run at once.
 * On later starts the sample project follows the demo app when it came up on another port.
 */
public final class SampleProject {
  public static final String NAME = "Demo shop";
  private static final String DEMO_SECRET = "password";
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
    Path specs = workspace.home().dir().resolve("projects").resolve("demo-shop").resolve("specs");
    Files.createDirectories(specs);
    List<Path> found = examples != null && Files.isDirectory(examples) ? SpecFiles.find(examples) : List.of();
    for (Path example : found) {
      Path target = specs.resolve(examples.relativize(example).toString());
      Files.createDirectories(target.getParent());
      if (!Files.exists(target)) {
        Files.copy(example, target);
      }
    }
    // Fixtures (upload files, CSVs) sit beside the specs and are referenced relatively.
    Path fixtures = examples == null ? null : examples.resolve("fixtures");
    if (fixtures != null && Files.isDirectory(fixtures)) {
      try (var files = Files.walk(fixtures)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Path target = specs.resolve(examples.relativize(f).toString());
          Files.createDirectories(target.getParent());
          if (!Files.exists(target)) {
            Files.copy(f, target);
          }
        }
      }
    }
    demoSecret(workspace.home().secretsFile());
    LOG.info("first start: sample project with {} example specs in {}", found.size(), specs);
    Project project = workspace.projects().create(NAME, demoBaseUrl, specs.toString());
    // Only a project so marked has its base URL moved when the demo app's port changes.
    project = workspace.projects().updateSettings(project.id(), ProjectSettings.DEFAULTS.withDemoApp(true));
    workspace.audit().record("argus", "project.create", NAME, "sample project on first start");
    return Optional.of(project);
  }

  /*
   * The demo shop's sign-in password is public (docs/demo-app.md) and the example specs keep it as
   * a secret variable, as a real project would; without a value the first Run would stop at once.
   * Appended only when the home has no "password" secret, so a user's file is never overwritten.
   */
  private static void demoSecret(Path secrets) throws IOException {
    java.util.Properties existing = new java.util.Properties();
    if (Files.exists(secrets)) {
      try (var in = Files.newBufferedReader(secrets)) {
        existing.load(in);
      }
    }
    if (!existing.containsKey(DEMO_SECRET)) {
      Files.writeString(secrets, "# the bundled demo shop's password, for the sample project\n" + DEMO_SECRET + "=demo123\n",
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
  }

  /**
   * Points every demo-app project still on loopback at where the demo app serves now. A project
   * the user has pointed elsewhere is left alone. Blocking.
   *
   * @return the projects whose base URL changed
   */
  public static List<Project> followDemo(Workspace workspace, String demoBaseUrl) {
    return workspace.projects().list().stream()
        .filter(p -> p.hasUsableSettings() && p.settings().demoApp() && isLoopback(p.baseUrl()) && !demoBaseUrl.equals(p.baseUrl()))
        .map(p -> {
          LOG.info("the demo app moved: project '{}' now at {} (was {})", p.name(), demoBaseUrl, p.baseUrl());
          workspace.audit().record("argus", "project.baseUrl", p.name(), p.baseUrl() + " -> " + demoBaseUrl);
          return workspace.projects().updateBaseUrl(p.id(), demoBaseUrl);
        })
        .toList();
  }

  /** Whether any project is served by the bundled demo app, so it is worth starting. */
  public static boolean anyUsesDemo(Workspace workspace) {
    return workspace.projects().list().stream().anyMatch(p -> p.hasUsableSettings() && p.settings().demoApp());
  }

  static boolean isLoopback(String url) {
    try {
      String host = url == null ? null : URI.create(url).getHost();
      return "127.0.0.1".equals(host) || "localhost".equals(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
