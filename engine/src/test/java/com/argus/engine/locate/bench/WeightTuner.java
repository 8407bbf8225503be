package com.argus.engine.locate.bench;

import com.argus.engine.locate.FingerprintProperty;
import com.argus.engine.locate.PropertyScore;
import com.argus.engine.locate.ScoreBreakdown;
import com.argus.engine.locate.SimilarityScorer;
import com.argus.engine.locate.SimilarityWeights;
import com.argus.engine.locate.internal.Features;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;

/**
 * Tunes the similarity weights on the benchmark by coordinate descent: the per-property
 * similarities of every candidate are computed once, so trying a weight vector is only dot
 * products. Tunes on the even cases and reports the odd ones as held out, so the figures are not
 * just memorised. A tuning aid, printed for docs/healing.md, not part of the build.
 */
public final class WeightTuner {
  static final FingerprintProperty[] P = FingerprintProperty.values();
  static final double[] STEPS = {0, 0.25, 0.5, 1, 1.5, 2, 3, 4, 5, 6};
  static final double WRONG_COST = Double.parseDouble(System.getProperty("argus.wrongcost", "20"));
  /** The repeated-text discount exponent to try; 0 is what the product does since session 4. */
  static final double REP = Double.parseDouble(System.getProperty("argus.rep", "0"));
  static final FingerprintProperty[] READ = {
    FingerprintProperty.ACCESSIBLE_NAME, FingerprintProperty.VISIBLE_TEXT, FingerprintProperty.TEXT, FingerprintProperty.ARIA_LABEL
  };

  record Prepared(double[][] sims, int answer, int sameName, boolean uniqueId, boolean uniqueTestid) {}

  public static void main(String[] args) throws Exception {
    List<HealingBenchmark.Case> cases = HealingBenchmark.load(Path.of(System.getProperty("bench.data", "bench/healing/data/cases.jsonl.gz")));
    EnumMap<FingerprintProperty, Double> ones = new EnumMap<>(FingerprintProperty.class);
    for (FingerprintProperty p : P) {
      ones.put(p, 1.0);
    }
    SimilarityScorer all = new SimilarityScorer(new SimilarityWeights(ones));
    Prepared[] prepared = new Prepared[cases.size()];
    for (int k = 0; k < cases.size(); k++) {
      HealingBenchmark.Case c = cases.get(k);
      double[][] sims = new double[c.input().candidates().size()][];
      List<ScoreBreakdown> scored = all.scoreAll(c.input().target(), c.input().candidates());
      Features tf = new Features(c.input().target());
      String name = tf.readName();
      int same = 0;
      int ids = 0;
      int testids = 0;
      for (int i = 0; i < sims.length; i++) {
        double[] v = new double[P.length];
        java.util.Arrays.fill(v, Double.NaN);
        for (PropertyScore s : scored.get(i).properties()) {
          v[s.property().ordinal()] = s.similarity();
        }
        sims[i] = v;
        Features cf = new Features(c.input().candidates().get(i));
        if (name != null && name.equals(cf.readName())) {
          same++;
        }
        ids += tf.id != null && tf.id.equals(cf.id) ? 1 : 0;
        testids += tf.testid != null && tf.testid.equals(cf.testid) ? 1 : 0;
      }
      prepared[k] = new Prepared(sims, c.answer(), Math.max(1, same), ids == 1, testids == 1);
    }
    double[] w = new double[P.length];
    SimilarityWeights start = args.length > 0 && args[0].equals("similo") ? SimilarityWeights.similo() : SimilarityWeights.defaults();
    for (FingerprintProperty p : P) {
      w[p.ordinal()] = start.weight(p);
    }
    double margin = 0.1;
    System.out.println("start train " + eval(prepared, w, margin, 0) + " test " + eval(prepared, w, margin, 1));
    for (int round = 0; round < 4; round++) {
      boolean changed = false;
      for (FingerprintProperty p : P) {
        double bestV = w[p.ordinal()];
        double best = objective(prepared, w, margin);
        for (double v : STEPS) {
          double old = w[p.ordinal()];
          w[p.ordinal()] = v;
          double o = objective(prepared, w, margin);
          if (o > best + 1e-9) {
            best = o;
            bestV = v;
          }
          w[p.ordinal()] = old;
        }
        if (bestV != w[p.ordinal()]) {
          changed = true;
          w[p.ordinal()] = bestV;
        }
      }
      System.out.println("round " + round + " train " + eval(prepared, w, margin, 0) + " test " + eval(prepared, w, margin, 1));
      if (!changed) {
        break;
      }
    }
    for (double m : new double[] {0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15}) {
      System.out.println("margin " + m + ": all " + eval(prepared, w, m, -1));
    }
    StringBuilder b = new StringBuilder();
    for (FingerprintProperty p : P) {
      b.append(String.format(Locale.ROOT, "%s=%.2f ", p.key(), w[p.ordinal()]));
    }
    System.out.println(b);
  }

  /** Top-1 hits plus a bonus for right auto heals and a heavy cost for wrong ones, on the training half. */
  static double objective(Prepared[] cases, double[] w, double margin) {
    double[] r = stats(cases, w, margin, 0);
    return r[0] + 0.3 * r[2] - WRONG_COST * r[3];
  }

  static String eval(Prepared[] cases, double[] w, double margin, int half) {
    double[] r = stats(cases, w, margin, half);
    return String.format(Locale.ROOT, "top1 %.1f%% auto %.1f%% precision %.2f%% wrong %d", 100 * r[0] / r[1], 100 * (r[2] + r[3]) / r[4],
        r[2] + r[3] == 0 ? 100 : 100 * r[2] / (r[2] + r[3]), (int) r[3]);
  }

  /** [top1, answerable, autoRight, autoWrong, cases] over one half (0 even, 1 odd, -1 all). */
  static double[] stats(Prepared[] cases, double[] w, double margin, int half) {
    double top1 = 0, answerable = 0, autoRight = 0, autoWrong = 0, n = 0;
    for (int k = 0; k < cases.length; k++) {
      if (half >= 0 && k % 2 != half) {
        continue;
      }
      n++;
      Prepared c = cases[k];
      double[] w0 = w;
      if (c.sameName > 1 || c.uniqueId || c.uniqueTestid) {
        // As SimilarityScorer.weightsFor does it.
        w = w.clone();
        if (c.sameName > 1) {
          double f = Math.pow(c.sameName, -REP);
          for (FingerprintProperty p : READ) {
            w[p.ordinal()] *= f;
          }
        }
        if (c.uniqueId) {
          w[FingerprintProperty.ID.ordinal()] = Math.max(w[FingerprintProperty.ID.ordinal()], 10);
        }
        if (c.uniqueTestid) {
          w[FingerprintProperty.TESTID.ordinal()] = Math.max(w[FingerprintProperty.TESTID.ordinal()], 10);
        }
      }
      double denom = 0;
      double[] first = c.sims[0];
      for (int p = 0; p < w.length; p++) {
        if (!Double.isNaN(first[p]) && w[p] > 0) {
          denom += w[p];
        }
      }
      if (denom == 0) {
        w = w0;
        continue;
      }
      int bestI = -1;
      double best = -1, second = -1;
      for (int i = 0; i < c.sims.length; i++) {
        double s = 0;
        double[] v = c.sims[i];
        for (int p = 0; p < w.length; p++) {
          if (w[p] > 0 && !Double.isNaN(v[p])) {
            s += w[p] * v[p];
          }
        }
        s /= denom;
        if (s > best) {
          second = best;
          best = s;
          bestI = i;
        } else if (s > second) {
          second = s;
        }
      }
      w = w0;
      boolean right = c.answer >= 0 && bestI == c.answer;
      if (c.answer >= 0) {
        answerable++;
        top1 += right ? 1 : 0;
      }
      if (best >= 0.8 && best - second >= margin) {
        if (right) {
          autoRight++;
        } else {
          autoWrong++;
        }
      }
    }
    return new double[] {top1, answerable, autoRight, autoWrong, n};
  }
}
