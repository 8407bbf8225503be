package com.argus.app.cli;

import com.argus.engine.project.Project;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argus project create|list}: the projects in the Argus home. */
@Command(name = "project", description = "Create and list projects.",
    subcommands = {ProjectCommand.Create.class, ProjectCommand.ListProjects.class})
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
}
