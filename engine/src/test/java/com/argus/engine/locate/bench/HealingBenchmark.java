package com.argus.engine.locate.bench;

import com.argus.engine.locate.Decision;
import com.argus.engine.locate.LocateCase;
import com.argus.engine.locate.LocateLab;
import com.argus.engine.locate.RankedCandidate;
import com.argus.engine.locate.Relocation;
import com.argus.engine.locate.RelocationSettings;
import com.argus.engine.locate.Relocator;
import com.argus.engine.locate.SimilarityWeights;
import com.argus.engine.spec.ElementFingerprint;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Scores the relocation benchmark (bench/healing/data/cases.jsonl.gz) with the engine's relocator
 * and with two classic baselines, and measures latency. Used by bench/healing/run.sh (which
 * prints and records the figures) and by {@code HealingBenchmarkTest} (which asserts floors).
 */
public final class HealingBenchmark {
  /** Classic recorder locators, most trusted first: the first-matching baseline's order. */
  static final List<String> LOCATOR_ORDER =
      List.of("testid", "id", "name", "text", "aria_label", "placeholder", "href", "css_class", "idxpath", "xpath");
  /** Vote weights of the multi-locator baseline (after Leotta et al.: identifiers count most). */
  static final Map<String, Double> VOTE_WEIGHT = Map.of(
      "testid", 1.5, "id", 1.5, "name", 1.2, "text", 1.0, "aria_label", 1.0, "placeholder", 1.0,
      "href", 1.0, "css_class", 0.6, "idxpath", 0.8, "xpath", 0.8);

  /** One benchmark case: the locate input, the known answer (-1: the element is gone) and the baseline lookups. */
  public record Case(LocateCase input, String page, List<String> mutations, int answer, Map<String, List<Integer>> baseline) {}

  /** The figures for one way of relocating. */
  public record Figures(
      String method, int cases, int answerable, int top1, int autoApplied, int autoRight, int review, int none,
      Map<String, int[]> byMutation) {
    public double top1Accuracy() {
      return answerable == 0 ? 0 : (double) top1 / answerable;
    }

    public double autoPrecision() {
      return autoApplied == 0 ? 1 : (double) autoRight / autoApplied;
    }

    public double wrongHealRate() {
      return cases == 0 ? 0 : (double) (autoApplied - autoRight) / cases;
    }

    public double reviewShare() {
      return cases == 0 ? 0 : (double) review / cases;
    }

    public double autoShare() {
      return cases == 0 ? 0 : (double) autoApplied / cases;
    }
  }

  public static List<Case> load(Path file) throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    LocateLab lab = new LocateLab(Relocator.withDefaults(), false);
    List<Case> cases = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        JsonNode node = json.readTree(line);
        LocateCase input = lab.parseCase(line, file.getFileName().toString(), n);
        List<String> mutations = new ArrayList<>();
        node.get("mutations").forEach(m -> mutations.add(m.asText()));
        Map<String, List<Integer>> baseline = new LinkedHashMap<>();
        node.get("baseline_locators").fields().forEachRemaining(e -> {
          List<Integer> found = new ArrayList<>();
          e.getValue().forEach(v -> found.add(v.asInt()));
          baseline.put(e.getKey(), found);
        });
        cases.add(new Case(input, node.get("page").asText(), mutations, node.get("answer").asInt(), baseline));
      }
    }
    return cases;
  }

  /** The cases of one half: 0 the even-numbered (tuning) half, 1 the odd-numbered (held-out) half, -1 all. */
  public static List<Case> half(List<Case> cases, int half) {
    if (half < 0) {
      return cases;
    }
    List<Case> out = new ArrayList<>();
    for (int k = half; k < cases.size(); k += 2) {
      out.add(cases.get(k));
    }
    return out;
  }

  public static Figures similarity(String method, Relocator relocator, List<Case> cases) {
    int answerable = 0, top1 = 0, auto = 0, autoRight = 0, review = 0, none = 0;
    Map<String, int[]> byMutation = new TreeMap<>();
    for (Case c : cases) {
      Relocation r = relocator.relocate(c.input().target(), c.input().candidates());
      int best = r.best().map(RankedCandidate::index).orElse(-1);
      boolean right = c.answer() >= 0 && best == c.answer();
      if (c.answer() >= 0) {
        answerable++;
        top1 += right ? 1 : 0;
      }
      if (r.decision() == Decision.AUTO) {
        auto++;
        autoRight += right ? 1 : 0;
      } else if (r.decision() == Decision.REVIEW) {
        review++;
      } else {
        none++;
      }
      tally(byMutation, c, right);
    }
    return new Figures(method, cases.size(), answerable, top1, auto, autoRight, review, none, byMutation);
  }

  /** First locator (in {@link #LOCATOR_ORDER}) that still finds something wins; it is always applied. */
  public static Figures firstMatching(List<Case> cases) {
    int answerable = 0, top1 = 0, auto = 0, autoRight = 0, none = 0;
    Map<String, int[]> byMutation = new TreeMap<>();
    for (Case c : cases) {
      int pick = -1;
      for (String k : LOCATOR_ORDER) {
        List<Integer> found = c.baseline().get(k);
        if (found != null && !found.isEmpty()) {
          pick = found.get(0);
          break;
        }
      }
      boolean right = c.answer() >= 0 && pick == c.answer();
      if (c.answer() >= 0) {
        answerable++;
        top1 += right ? 1 : 0;
      }
      if (pick >= 0) {
        auto++;
        autoRight += right ? 1 : 0;
      } else {
        none++;
      }
      tally(byMutation, c, right);
    }
    return new Figures("first matching locator", cases.size(), answerable, top1, auto, autoRight, 0, none, byMutation);
  }

  /** Every locator votes for what it finds (split among its matches); the most votes wins and is applied. */
  public static Figures voting(List<Case> cases) {
    int answerable = 0, top1 = 0, auto = 0, autoRight = 0, none = 0;
    Map<String, int[]> byMutation = new TreeMap<>();
    for (Case c : cases) {
      Map<Integer, Double> votes = new TreeMap<>();
      c.baseline().forEach((k, found) -> {
        long valid = found.stream().filter(i -> i >= 0).count();
        for (int i : found) {
          if (i >= 0) {
            votes.merge(i, VOTE_WEIGHT.getOrDefault(k, 1.0) / valid, Double::sum);
          }
        }
      });
      int pick = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
      boolean right = c.answer() >= 0 && pick == c.answer();
      if (c.answer() >= 0) {
        answerable++;
        top1 += right ? 1 : 0;
      }
      if (pick >= 0) {
        auto++;
        autoRight += right ? 1 : 0;
      } else {
        none++;
      }
      tally(byMutation, c, right);
    }
    return new Figures("multi-locator voting", cases.size(), answerable, top1, auto, autoRight, 0, none, byMutation);
  }

  private static void tally(Map<String, int[]> byMutation, Case c, boolean right) {
    if (c.answer() < 0) {
      return;
    }
    for (String m : c.mutations()) {
      int[] t = byMutation.computeIfAbsent(m, k -> new int[2]);
      t[0]++;
      t[1] += right ? 1 : 0;
    }
  }

  /** Median milliseconds per relocation among {@code size} candidates (the case's own plus padding from other pages). */
  public static double latencyMillis(Relocator relocator, List<Case> cases, int size, int repeats) {
    List<ElementFingerprint> pool = new ArrayList<>();
    for (Case c : cases) {
      pool.addAll(c.input().candidates());
      if (pool.size() > size * 2) {
        break;
      }
    }
    double[] times = new double[repeats];
    for (int k = 0; k < repeats; k++) {
      Case c = cases.get((k * 37) % cases.size());
      List<ElementFingerprint> candidates = new ArrayList<>(c.input().candidates());
      for (int i = 0; candidates.size() < size; i++) {
        candidates.add(pool.get((i + k * 101) % pool.size()));
      }
      candidates = candidates.subList(0, size);
      long t0 = System.nanoTime();
      relocator.relocate(c.input().target(), candidates);
      times[k] = (System.nanoTime() - t0) / 1e6;
    }
    java.util.Arrays.sort(times);
    return times[repeats / 2];
  }

  /** Seconds for {@code argus locate --batch} over {@code n} lines (the dataset repeated), output discarded. */
  public static double batchSeconds(Path file, int n) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        lines.add(line);
      }
    }
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < n; i++) {
      input.append(lines.get(i % lines.size())).append('\n');
    }
    LocateLab lab = new LocateLab(Relocator.withDefaults(), false);
    long t0 = System.nanoTime();
    lab.batch(new StringReader(input.toString()), "batch.jsonl", Writer.nullWriter());
    return (System.nanoTime() - t0) / 1e9;
  }

  public static void main(String[] args) throws Exception {
    Path bench = Path.of(args.length > 0 ? args[0] : "bench/healing");
    Path data = bench.resolve("data/cases.jsonl.gz");
    List<Case> cases = load(data);
    Relocator tuned = Relocator.withDefaults();
    Relocator similo = new Relocator(SimilarityWeights.similo(), RelocationSettings.DEFAULTS);
    List<Figures> all = List.of(
        similarity("Argus (tuned weights)", tuned, cases),
        similarity("Argus, tuning half (even cases)", tuned, half(cases, 0)),
        similarity("Argus, held-out half (odd cases)", tuned, half(cases, 1)),
        similarity("Similo weights, same scorer", similo, cases),
        voting(cases),
        firstMatching(cases));
    Path demoData = bench.resolve("data/demo-cases.jsonl.gz");
    List<Case> demo = Files.exists(demoData) ? load(demoData) : List.of();
    if (!demo.isEmpty()) {
      all = new ArrayList<>(all);
      all.add(3, similarity("Argus, demo app v1 → v2 (real release)", tuned, demo));
    }
    StringBuilder md = new StringBuilder();
    long removed = cases.stream().filter(c -> c.answer() < 0).count();
    md.append(String.format(Locale.ROOT, "%d cases (%d where the element was removed, so the right answer is no heal) on %d pages, "
        + "%.0f candidates per case on average.%n%n", cases.size(), removed, cases.stream().map(Case::page).distinct().count(),
        cases.stream().mapToInt(c -> c.input().candidates().size()).average().orElse(0)));
    if (!demo.isEmpty()) {
      md.append(String.format(Locale.ROOT, "Plus %d real-release cases from the demo app (data/demo-cases.jsonl.gz, `DemoPairGenerator`): "
          + "each element the demo specs act on, captured on v1 and found again on v2, and %d where the real element is removed "
          + "on v2 so only a look-alike trap is left. Not used for tuning, except to break one tie (docs/healing.md).%n%n", demo.size(), demo.stream().filter(c -> c.answer() < 0).count()));
    }
    md.append("| method | top-1 | auto applied | auto precision | wrong heals (of all cases) | to review | none |\n|---|---|---|---|---|---|---|\n");
    for (Figures f : all) {
      md.append(String.format(Locale.ROOT, "| %s | %.1f%% (%d/%d) | %.1f%% | %.2f%% (%d/%d) | %.2f%% | %.1f%% | %.1f%% |%n",
          f.method(), 100 * f.top1Accuracy(), f.top1(), f.answerable(), 100 * f.autoShare(), 100 * f.autoPrecision(), f.autoRight(),
          f.autoApplied(), 100 * f.wrongHealRate(), 100 * f.reviewShare(), 100.0 * f.none() / f.cases()));
    }
    md.append("\nTop-1 by mutation (a case may have several):\n\n| mutation | cases | Argus | Similo weights | voting | first matching |\n|---|---|---|---|---|---|\n");
    for (String m : all.get(0).byMutation().keySet()) {
      md.append("| ").append(m).append(" | ").append(all.get(0).byMutation().get(m)[0]);
      for (Figures f : List.of(all.get(0), all.get(all.size() - 3), all.get(all.size() - 2), all.get(all.size() - 1))) {
        int[] t = f.byMutation().getOrDefault(m, new int[2]);
        md.append(String.format(Locale.ROOT, " | %.1f%%", t[0] == 0 ? 0 : 100.0 * t[1] / t[0]));
      }
      md.append(" |\n");
    }
    // Warm up the JIT before timing.
    for (int i = 0; i < 3; i++) {
      similarity("warm", tuned, cases);
    }
    md.append("\nRelocation latency (median of 41, one thread):\n\n| candidates | ms |\n|---|---|\n");
    for (int size : new int[] {100, 1000, 2000, 5000}) {
      md.append(String.format(Locale.ROOT, "| %d | %.2f |%n", size, latencyMillis(tuned, cases, size, 41)));
    }
    double batch = batchSeconds(data, 1000);
    md.append(String.format(Locale.ROOT, "%n`argus locate --batch` core, 1,000 cases (parse + relocate + write): %.1f s.%n", batch));
    System.out.print(md);
    if (args.length > 1) {
      Files.writeString(Path.of(args[1]), md.toString());
    }
  }
}
