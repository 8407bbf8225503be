package com.argus.app.cli;

import com.argus.engine.ArgusException;
import com.argus.engine.project.Project;
import com.argus.engine.project.ProjectSettings;
import com.argus.engine.project.ProjectSettingsException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argus project create|list|settings}: the projects in the Argus home. */
@Command(name = "project", description = "Create and list projects, show and change their settings.",
    subcommands = {ProjectCommand.Create.class, ProjectCommand.ListProjects.class, ProjectCommand.Settings.class})
final class ProjectCommand {

  @Command(name = "create", description = "Create a project.")
  static final class Create implements Callable<Integer> {
    @Mixin CliContext context;

    @Parameters(paramLabel = "NAME", description = "The project's name.")
    String name;

    @Option(names = "--base-url", required = true, paramLabel = "URL", description = "Where the application under test runs.")
    String baseUrl;

    @Option(names = "--specs", paramLabel = "DIR", description = "Folder of the project's spec files.")
    Path specsDir;

    @Override
    public Integer call() {
      UrlCheck.requireHttpUrl(baseUrl, "--base-url");
      Project p = context.workspace().projects().create(name, baseUrl,
          specsDir == null ? null : specsDir.toAbsolutePath().toString());
      context.workspace().audit().record(CliContext.actor(), "project.create", p.name(), p.baseUrl());
      context.out().println("created project " + p.name() + " (" + p.baseUrl() + ")");
      return ArgusCommand.OK;
    }
  }

  @Command(name = "list", description = "List projects.")
  static final class ListProjects implements Callable<Integer> {
    @Mixin CliContext context;

    @Override
    public Integer call() {
      List<Project> projects = context.workspace().projects().list();
      PrintWriter out = context.out();
      if (projects.isEmpty()) {
        out.println("no projects yet; create one with: argus project create NAME --base-url URL");
        return ArgusCommand.OK;
      }
      out.printf("%-28s %-40s %s%n", "NAME", "BASE URL", "SPECS");
      for (Project p : projects) {
        out.printf("%-28s %-40s %s%n", p.name(), p.baseUrl(), p.specsDir() == null ? "" : p.specsDir());
      }
      return ArgusCommand.OK;
    }
  }

  @Command(name = "settings", description = "Show a project's settings, or change them with --set.")
  static final class Settings implements Callable<Integer> {
    @Mixin CliContext context;

    @Parameters(paramLabel = "NAME", description = "The project's name.")
    String name;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
        description = "Change a setting (an empty VALUE restores its default); repeatable. Settings: "
            + "testIdAttributes, locatorPriority, secretSelectors, browser, heal.autoThreshold, heal.minMargin, "
            + "heal.autoApplyThreshold, heal.verifyThreshold.")
    List<String> assignments = List.of();

    @Override
    public Integer call() {
      Project p = null;
      Map<String, String> stored;
      long id;
      try {
        p = context.workspace().projects().findByName(name)
            .orElseThrow(() -> new ArgusException("no project named '" + name + "'; see `argus project list`"));
        id = p.id();
        stored = p.settings().toMap();
      } catch (ProjectSettingsException e) {
        // Settings changed outside Argus are corrected from what is stored, or there is no way back.
        if (assignments.isEmpty()) {
          throw e;
        }
        id = e.projectId();
        stored = e.stored();
      }
      if (!assignments.isEmpty()) {
        for (String a : assignments) {
          int eq = a.indexOf('=');
          if (eq <= 0) {
            throw new ArgusException("--set '" + a + "' is not KEY=VALUE, e.g. --set locatorPriority=role,testid");
          }
          stored = ProjectSettings.changed(stored, a.substring(0, eq), a.substring(eq + 1));
        }
        p = context.workspace().projects().updateSettings(id, ProjectSettings.fromMap(stored));
        context.workspace().audit().record(CliContext.actor(), "project.settings", p.name(), String.join(" ", assignments));
      }
      PrintWriter out = context.out();
      p.settings().toMap().forEach((k, v) -> out.println(k + " = " + v.replace("\n", " | ")));
      return ArgusCommand.OK;
    }
  }
}
