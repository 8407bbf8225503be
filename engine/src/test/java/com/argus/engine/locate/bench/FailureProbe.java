package com.argus.engine.locate.bench;

import com.argus.engine.locate.Relocation;
import com.argus.engine.locate.Relocator;
import com.argus.engine.locate.internal.Features;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Sorts the top-1 misses of one half by what kind of evidence was missing: a tuning aid, not a test. */
public final class FailureProbe {
  public static void main(String[] args) throws Exception {
    List<HealingBenchmark.Case> cases = HealingBenchmark.half(HealingBenchmark.load(Path.of("bench/healing/data/cases.jsonl.gz")),
        args.length > 0 && args[0].equals("odd") ? 1 : 0);
    Relocator r = Relocator.withDefaults();
    Map<String, Integer> kinds = new TreeMap<>();
    for (HealingBenchmark.Case c : cases) {
      if (c.answer() < 0) {
        continue;
      }
      Relocation rel = r.relocate(c.input().target(), c.input().candidates());
      int best = rel.best().get().index();
      if (best == c.answer()) {
        continue;
      }
      Features t = new Features(c.input().target());
      Features a = new Features(c.input().candidates().get(c.answer()));
      Features b = new Features(c.input().candidates().get(best));
      String name = t.readName();
      int same = 0;
      for (var f : c.input().candidates()) {
        if (name != null && name.equals(new Features(f).readName())) {
          same++;
        }
      }
      String kind = (name == null ? "noname" : name.equals(a.readName()) ? "answer-same-name" : "answer-renamed")
          + (name != null && name.equals(b.readName()) ? "/best-same-name" : "/best-other-name") + (same > 1 ? "/repeated" : "");
      kinds.merge(kind, 1, Integer::sum);
      if (args.length > 1) {
        System.out.println(String.format(Locale.ROOT, "%s %s same=%d %s | t=%s a=%s b=%s", c.input().caseId(), kind, same, c.mutations(), name,
            a.readName(), b.readName()));
      }
    }
    kinds.forEach((k, v) -> System.out.println(v + " " + k));
  }
}
