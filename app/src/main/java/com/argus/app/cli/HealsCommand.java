package com.argus.app.cli;

import com.argus.app.service.HealingService;
import com.argus.engine.ArgusException;
import com.argus.engine.heal.HealEvidence;
import com.argus.engine.heal.HealProposal;
import com.argus.engine.heal.HealReviewItem;
import com.argus.engine.heal.ProposalStatus;
import com.argus.engine.heal.review.HealReview;
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
    return HealingService.review(ws);
  }

  static HealReviewItem item(Workspace ws, HealProposal p) {
    return HealReviewItem.of(p, stored -> HealingService.stored(ws, stored));
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
      proposals.forEach(p -> out.println(TerminalText.escaped(item(context.workspace(), p).line())));
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
      HealReviewItem item = item(context.workspace(), p);
      print(item, context.out());
      return ArgusCommand.OK;
    }
  }

  /** The proposal as the review screen shows it: the same facts from the same {@link HealReviewItem}. */
  static void print(HealReviewItem item, PrintWriter out) {
    HealEvidence e = item.evidence();
    out.println(TerminalText.escaped(item.line()));
    out.println("failure type: " + item.failureType() + "   fix: " + item.fixType() + "   confidence: " + two(item.confidence())
        + "   runner-up: " + (item.runnerUp() == null ? "-" : item.runnerUp())
        + (item.runnerUpScore() == null ? "" : " (" + two(item.runnerUpScore()) + ")")
        + "   margin: " + (item.margin() == null ? "-" : two(item.margin())));
    out.println("before: " + (item.beforeScreenshot() == null ? "(none: " + item.beforeMissing() + ")" : item.beforeScreenshot()));
    out.println("after:  " + (item.afterScreenshot() == null ? "(none: " + item.afterMissing() + ")" : item.afterScreenshot()));
    if (item.candidatesSnapshot() != null) {
      out.println("candidates: " + item.candidatesSnapshot());
    }
    if (!item.reasons().isEmpty()) {
      out.println("why:");
      item.reasons().forEach(r -> out.println("  " + r));
    }
    if (!item.scores().isEmpty()) {
      out.println("scores:");
      item.scores().forEach((property, score) -> out.println("  " + property + ": " + two(score)));
    }
    if (e.source() != null || e.decision() != null) {
      out.println("found by: " + (e.source() == null ? "-" : e.source()) + "   decision: " + (e.decision() == null ? "-" : e.decision())
          + (e.chosenIndex() == null ? "" : "   chosen: candidate #" + e.chosenIndex()));
    }
    if (e.outline() != null) {
      out.println(String.format(Locale.ROOT, "outline: x=%.0f y=%.0f width=%.0f height=%.0f", e.outline().x(), e.outline().y(),
          e.outline().width(), e.outline().height()));
    }
    if (e.thresholds() != null) {
      out.println("thresholds: auto-apply " + two(e.thresholds().autoApply()) + ", margin " + two(e.thresholds().minMargin())
          + ", plausible " + two(e.thresholds().minPlausible()) + "; knowledge base " + two(e.thresholds().knowledgeApply())
          + " (verify from " + two(e.thresholds().knowledgeVerify()) + ")");
    }
    if (!e.trace().isEmpty()) {
      out.println("trace:");
      e.trace().forEach(t -> out.println("  " + t));
    }
  }

  private static String two(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
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
      out.println(TerminalText.escaped("approved " + id + ": " + p.specKey() + " step " + p.stepId() + " now uses " + p.newLocator().describe()));
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
