package com.argus.app.cli;

import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What a command needs from its surroundings: the output streams and the workspace of the Argus
 * home the user chose, opened on first use and closed when the command ends.
 */
@picocli.CommandLine.Command
final class CliContext {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  private Workspace workspace;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  ArgusHome home() {
    ArgusCommand root = (ArgusCommand) spec.root().userObject();
    return ArgusHome.resolve(root.home() == null ? null : root.home().toString());
  }

  synchronized Workspace workspace() {
    if (workspace == null) {
      workspace = Workspace.open(home());
      ArgusCommand.closeWhenDone(workspace);
    }
    return workspace;
  }

  static String actor() {
    return System.getProperty("user.name", "argus");
  }
}
