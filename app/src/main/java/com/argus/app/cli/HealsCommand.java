package com.argus.app.cli;

import com.argus.app.heal.WorkspaceHealing;
import com.argus.engine.ArgusException;
import com.argus.engine.heal.HealProposal;
import com.argus.engine.heal.HealReview;
import com.argus.engine.heal.ProposalStatus;
import com.argus.store.Workspace;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argus heals list|show|approve|reject}: the review queue of heals Argus was not sure of. */
@Command(name = "heals", description = "Review heal proposals: list, show, approve, reject.",
    subcommands = {HealsCommand.ListHeals.class, HealsCommand.Show.class, HealsCommand.Approve.class, HealsCommand.Reject.class})
final class HealsCommand {

  static HealReview review(Workspace ws) {
    return WorkspaceHealing.review(ws);
  }

  static String line(HealProposal p) {
    return String.format("%-5d %-9s %-28s %-10s %s -> %s  (%.2f)", p.id(), p.status().name().toLowerCase(Locale.ROOT),
        p.specKey().length() > 28 ? "…" + p.specKey().substring(p.specKey().length() - 27) : p.specKey(), p.stepId(),
        p.oldLocator() == null ? "?" : p.oldLocator().describe(), p.newLocator() == null ? "?" : p.newLocator().describe(),
        p.score() == null ? 0.0 : p.score());
  }

  @Command(name = "list", description = "List proposals (pending by default).")
  static final class ListHeals implements Callable<Integer> {
    @Mixin CliContext context;

    @Option(names = "--all", description = "Include approved and rejected ones.")
    boolean all;

    @Override
    public Integer call() {
      List<HealProposal> proposals = review(context.workspace()).list(null, all ? null : ProposalStatus.PENDING);
      PrintWriter out = context.out();
      if (proposals.isEmpty()) {
        out.println(all ? "no heal proposals" : "no pending heal proposals");
      }
      proposals.forEach(p -> out.println(line(p)));
      return ArgusCommand.OK;
    }
  }

  @Command(name = "show", description = "Show one proposal with its evidence.")
  static final class Show implements Callable<Integer> {
    @Mixin CliContext context;

    @Parameters(paramLabel = "ID")
    long id;

    @Override
    public Integer call() {
      HealProposal p = review(context.workspace()).show(id)
          .orElseThrow(() -> new ArgusException("no heal proposal " + id + "; see `argus heals list --all`"));
      PrintWriter out = context.out();
      out.println(line(p));
      out.println("failure type: " + p.failureType() + "   fix: " + p.fixType()
          + "   runner-up score: " + (p.runnerUpScore() == null ? "-" : String.format("%.2f", p.runnerUpScore())));
      if (p.beforeScreenshot() != null || p.afterScreenshot() != null) {
        out.println("screenshots: before " + p.beforeScreenshot() + "   after " + p.afterScreenshot());
      }
      if (p.evidence() != null) {
        out.println("evidence:");
        out.println(p.evidence());
      }
      return ArgusCommand.OK;
    }
  }

  @Command(name = "approve", description = "Approve: the spec gets the new locator first and the knowledge base learns the fix.")
  static final class Approve implements Callable<Integer> {
    @Mixin CliContext context;

    @Parameters(paramLabel = "ID")
    long id;

    @Override
    public Integer call() {
      HealProposal p = review(context.workspace()).approve(id, CliContext.actor());
      context.workspace().audit().record(CliContext.actor(), "heal.approve", p.specKey() + "#" + p.stepId(),
          p.oldLocator().describe() + " -> " + p.newLocator().describe());
      context.out().println("approved " + id + ": " + p.specKey() + " step " + p.stepId() + " now uses " + p.newLocator().describe());
      return ArgusCommand.OK;
    }
  }

  @Command(name = "reject", description = "Reject: the step stays failed and this fix is never proposed again for the element.")
  static final class Reject implements Callable<Integer> {
    @Mixin CliContext context;

    @Parameters(paramLabel = "ID")
    long id;

    @Override
    public Integer call() {
      HealProposal p = review(context.workspace()).reject(id, CliContext.actor());
      context.workspace().audit().record(CliContext.actor(), "heal.reject", p.specKey() + "#" + p.stepId(),
          p.newLocator() == null ? "" : p.newLocator().describe());
      context.out().println("rejected " + id);
      return ArgusCommand.OK;
    }
  }
}
