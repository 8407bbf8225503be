package com.argus.engine.locate.bench;

import com.argus.engine.locate.FingerprintProperty;
import com.argus.engine.locate.Relocation;
import com.argus.engine.locate.RelocationSettings;
import com.argus.engine.locate.Relocator;
import com.argus.engine.locate.SimilarityWeights;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Prints the relocator's figures on a dataset: all cases, the tuning half (even) and the held-out half (odd). A tuning aid. */
public final class QuickEval {
  public static void main(String[] args) throws Exception {
    List<HealingBenchmark.Case> cases = HealingBenchmark.load(Path.of(args.length > 0 ? args[0] : "bench/healing/data/cases.jsonl.gz"));
    Relocator r = Relocator.withDefaults();
    String spec = System.getProperty("weights");
    if (spec != null) {
      // "tag=0.00 id=1.00 ...", as WeightTuner prints them
      SimilarityWeights w = SimilarityWeights.defaults();
      for (String kv : spec.trim().split("\\s+")) {
        String[] p = kv.split("=");
        for (FingerprintProperty fp : FingerprintProperty.values()) {
          if (fp.key().equals(p[0])) {
            w = w.with(fp, Double.parseDouble(p[1]));
          }
        }
      }
      r = new Relocator(w, RelocationSettings.DEFAULTS);
    }
    for (int half = -1; half <= 1; half++) {
      HealingBenchmark.Figures f = HealingBenchmark.similarity(half < 0 ? "all" : half == 0 ? "tuning (even)" : "held-out (odd)", r,
          HealingBenchmark.half(cases, half));
      System.out.println(line(f));
    }
    Path demo = Path.of("bench/healing/data/demo-cases.jsonl.gz");
    if (java.nio.file.Files.exists(demo)) {
      List<HealingBenchmark.Case> pairs = HealingBenchmark.load(demo);
      System.out.println(line(HealingBenchmark.similarity("demo v1->v2", r, pairs)));
      if (Boolean.getBoolean("demo.detail")) {
        for (HealingBenchmark.Case c : pairs) {
          Relocation rel = r.relocate(c.input().target(), c.input().candidates());
          System.out.println(String.format(Locale.ROOT, "  %-18s answer=%3d best=%3d %.2f %-6s %s", c.input().caseId(), c.answer(),
              rel.best().get().index(), rel.best().get().score(), rel.decision(), rel.reason()));
        }
      }
    }
  }

  static String line(HealingBenchmark.Figures f) {
    return String.format(Locale.ROOT, "%-15s n=%d top1 %.1f%% (%d/%d) auto %.1f%% precision %.2f%% (%d/%d) wrong %.2f%% review %.1f%% none %.1f%%",
        f.method(), f.cases(), 100 * f.top1Accuracy(), f.top1(), f.answerable(), 100 * f.autoShare(), 100 * f.autoPrecision(), f.autoRight(),
        f.autoApplied(), 100 * f.wrongHealRate(), 100 * f.reviewShare(), 100.0 * f.none() / f.cases());
  }
}
