package com.argus.store;

import com.argus.engine.project.Project;
import com.argus.engine.run.RunRecord;
import com.argus.engine.run.RunRepository;
import com.argus.engine.run.RunStatus;
import com.argus.engine.run.StepResultRecord;
import com.argus.engine.run.StepStatus;
import java.nio.file.Path;

/**
 * The victim of {@link KillNineCrashIT}: writes runs and step results to the home given as
 * argument, forever, and after each commit prints what is now committed:
 * {@code RUN <id>}, {@code STEP <runId> <index>}, {@code FINISHED <runId>}. Never closes.
 */
public final class CrashWriterMain {
  public static void main(String[] args) {
    Workspace ws = Workspace.open(ArgusHome.at(Path.of(args[0])));
    Project project = ws.projects().findByName("crash")
        .orElseGet(() -> ws.projects().create("crash", "http://127.0.0.1", "specs"));
    System.out.println("PROJECT " + project.id());
    System.out.flush();
    RunRepository runs = ws.runs();
    for (int r = 0; ; r++) {
      RunRecord run = runs.startRun(project.id(), "spec-" + (r % 7) + ".spec.yaml", "spec " + r, -1, "playwright", "desktop");
      System.out.println("RUN " + run.id());
      System.out.flush();
      for (int s = 0; s < 5; s++) {
        runs.addStepResult(new StepResultRecord(run.id(), s, "s" + s, "step " + s, StepStatus.PASSED, 12, null,
            "getByRole('button')", 1, null, null));
        System.out.println("STEP " + run.id() + " " + s);
        System.out.flush();
      }
      runs.finishRun(run.id(), RunStatus.PASSED, 60, null);
      System.out.println("FINISHED " + run.id());
      System.out.flush();
    }
  }
}
