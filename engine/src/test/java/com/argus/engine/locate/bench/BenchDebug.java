package com.argus.engine.locate.bench;

import com.argus.engine.locate.Decision;
import com.argus.engine.locate.PropertyScore;
import com.argus.engine.locate.Relocation;
import com.argus.engine.locate.Relocator;
import com.argus.engine.locate.SimilarityScorer;
import com.argus.engine.locate.SimilarityWeights;
import com.argus.engine.spec.ElementFingerprint;
import java.nio.file.Path;
import java.util.List;

/** Prints the failing cases of the benchmark with both breakdowns: a tuning aid, not a test. */
public final class BenchDebug {
  public static void main(String[] args) throws Exception {
    List<HealingBenchmark.Case> cases = HealingBenchmark.load(Path.of(System.getProperty("data", "bench/healing/data/cases.jsonl.gz")));
    Relocator r = Relocator.withDefaults();
    SimilarityScorer s = new SimilarityScorer(SimilarityWeights.defaults());
    int shown = 0;
    int limit = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    boolean autoOnly = args.length > 1 && args[1].equals("auto");
    if (args.length > 2) {
      cases = HealingBenchmark.half(cases, args[2].equals("odd") ? 1 : 0);
    }
    String only = System.getProperty("case", "");
    for (HealingBenchmark.Case c : cases) {
      if (!c.input().caseId().startsWith(only)) {
        continue;
      }
      Relocation rel = r.relocate(c.input().target(), c.input().candidates());
      int best = rel.best().get().index();
      if (autoOnly && rel.decision() != Decision.AUTO) {
        continue;
      }
      if ((c.answer() < 0 && !autoOnly) || best == c.answer() || shown++ >= limit) {
        continue;
      }
      System.out.println("== " + c.input().caseId() + " " + c.mutations());
      ElementFingerprint t = c.input().target();
      System.out.println("decision " + rel.decision() + " " + rel.reason());
      if (c.answer() < 0) {
        System.out.println("target: " + brief(t));
        System.out.println("best:   " + brief(c.input().candidates().get(best)));
        continue;
      }
      ElementFingerprint a = c.input().candidates().get(c.answer());
      ElementFingerprint b = c.input().candidates().get(best);
      System.out.println("target: " + brief(t));
      System.out.println("answer: " + brief(a) + " score " + s.score(t, a).score());
      System.out.println("best:   " + brief(b) + " score " + s.score(t, b).score());
      List<PropertyScore> pa = s.score(t, a).properties();
      List<PropertyScore> pb = s.score(t, b).properties();
      StringBuilder d = new StringBuilder("  diff(answer-best): ");
      for (int i = 0; i < pa.size(); i++) {
        double delta = pa.get(i).contribution() - pb.get(i).contribution();
        if (Math.abs(delta) > 0.005) {
          d.append(pa.get(i).property().key()).append(String.format("=%+.3f ", delta));
        }
      }
      System.out.println(d);
    }
  }

  private static String brief(ElementFingerprint f) {
    return f.tag() + " id=" + f.id() + " class=" + f.classes() + " text=" + f.visibleText() + " xpath=" + f.xpath()
        + " xy=" + f.x() + "," + f.y() + " wh=" + f.width() + "x" + f.height() + " role=" + f.role() + " an=" + f.accessibleName()
        + " aria=" + f.ariaLabel() + "\n      nb=" + f.neighborText() + "\n      rec=" + f.recordText();
  }
}
