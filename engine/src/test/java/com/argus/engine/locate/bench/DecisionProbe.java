package com.argus.engine.locate.bench;

import com.argus.engine.locate.Decision;
import com.argus.engine.locate.Relocation;
import com.argus.engine.locate.Relocator;
import com.argus.engine.locate.SimilarityScorer;
import com.argus.engine.locate.internal.Features;
import com.argus.engine.locate.internal.PageContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Prints, for each automatic heal of one half, the evidence the ambiguity rules look at: a calibration aid. */
public final class DecisionProbe {
  public static void main(String[] args) throws Exception {
    List<HealingBenchmark.Case> cases = HealingBenchmark.half(
        HealingBenchmark.load(Path.of(args.length > 1 ? args[1] : "bench/healing/data/cases.jsonl.gz")), args.length > 0 && args[0].equals("odd") ? 1 : 0);
    Relocator r = Relocator.withDefaults();
    for (HealingBenchmark.Case c : cases) {
      Relocation rel = r.relocate(c.input().target(), c.input().candidates());
      if (rel.decision() != Decision.AUTO) {
        continue;
      }
      int best = rel.best().get().index();
      Features t = new Features(c.input().target());
      Features b = new Features(c.input().candidates().get(best));
      boolean nameSame = t.readName() != null && t.readName().equals(b.readName());
      Features[] fs = c.input().candidates().stream().map(Features::new).toArray(Features[]::new);
      PageContext ctx = PageContext.of(t, fs);
      double nb = SimilarityScorer.context(t, b, ctx);
      boolean ident = SimilarityScorer.sameIdentifier(t, b);
      boolean fam = t.roleFamily == null || b.roleFamily == null || t.roleFamily.equals(b.roleFamily);
      System.out.println(String.format(Locale.ROOT, "%s %-5s nameSame=%s nb=%.2f ident=%s fam=%s score=%.2f margin=%.2f sameTag=%s %s",
          best == c.answer() ? "RIGHT" : "WRONG", c.input().caseId(), nameSame, nb, ident, fam, rel.best().get().score(), rel.margin(),
          java.util.Objects.equals(t.tag, b.tag), c.mutations()));
    }
  }
}
