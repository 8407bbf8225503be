package com.argus.app.cli;

import com.argus.app.heal.WorkspaceHealing;
import com.argus.engine.ArgusException;
import com.argus.engine.heal.HealProposal;
import com.argus.engine.heal.HealReview;
import com.argus.engine.heal.ProposalStatus;
import com.argus.engine.spec.format.SpecFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
      Workspace ws = context.workspace();
      out.println("before: " + (p.beforeScreenshot() == null ? "(none: " + screenshotNote(p, "before") + ")"
          : WorkspaceHealing.stored(ws, p.beforeScreenshot())));
      out.println("after:  " + (p.afterScreenshot() == null ? "(none: " + screenshotNote(p, "after") + ")"
          : WorkspaceHealing.stored(ws, p.afterScreenshot())));
      if (p.candidatesSnapshot() != null) {
        out.println("candidates: " + WorkspaceHealing.stored(ws, p.candidatesSnapshot()));
      }
      if (p.evidence() != null) {
        out.println("evidence:");
        out.println(p.evidence());
      }
      return ArgusCommand.OK;
    }
  }

  /** Why a proposal has no screenshot, from its evidence; "not recorded" for proposals made before evidence screenshots. */
  private static String screenshotNote(HealProposal p, String which) {
    if (p.evidence() == null) {
      return "not recorded";
    }
    try {
      JsonNode n = SpecFormat.json().readTree(p.evidence()).path("screenshots").path(which);
      return n.isMissingNode() || n.isNull() ? "not recorded" : n.asText();
    } catch (JsonProcessingException e) {
      return "not recorded";
    }
  }

  @Command(name = "approve", description = "Approve: the spec gets the new locator first and the knowledge base learns the fix."
      + " Other specs of the project that use the same broken locator are rewritten when their own relocation agrees,"
      + " else they get a proposal.")
  static final class Approve implements Callable<Integer> {
    @Mixin CliContext context;

    @Parameters(paramLabel = "ID")
    long id;

    @Option(names = "--all", description = "Also rewrite, without checking, every other spec of the project that uses the same broken locator.")
    boolean all;

    @Override
    public Integer call() {
      HealReview review = review(context.workspace());
      PrintWriter out = context.out();
      if (all) {
        HealProposal before = review.show(id).orElseThrow(() -> new ArgusException("There is no heal proposal with id " + id + "."));
        int changed = review.approveForAll(id, CliContext.actor());
        context.workspace().audit().record(CliContext.actor(), "heal.approve-all", before.specKey() + "#" + before.stepId(),
            before.oldLocator().describe() + " -> " + before.newLocator().describe() + " in " + changed + " spec(s)");
        out.println("approved " + id + " for all specs that use " + before.oldLocator().describe() + ": " + changed
            + " spec file(s) now use " + before.newLocator().describe());
        return ArgusCommand.OK;
      }
      HealReview.Approval approval = review.approveAndShare(id, CliContext.actor());
      HealProposal p = approval.proposal();
      context.workspace().audit().record(CliContext.actor(), "heal.approve", p.specKey() + "#" + p.stepId(),
          p.oldLocator().describe() + " -> " + p.newLocator().describe());
      out.println("approved " + id + ": " + p.specKey() + " step " + p.stepId() + " now uses " + p.newLocator().describe());
      for (HealReview.Shared s : approval.shared()) {
        out.println("  " + s.specKey() + " step " + s.stepId() + ": "
            + (s.rewritten() ? "rewritten too" : s.proposalId() == null ? "left as it is" : "proposal " + s.proposalId())
            + " (" + s.reason() + ")");
      }
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
