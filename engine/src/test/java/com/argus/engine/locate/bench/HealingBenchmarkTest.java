package com.argus.engine.locate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.locate.Relocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Floors on the checked-in relocation benchmark: a change of weights or scorer that makes
 * relocation worse fails the build. Not timing-based. The floors sit just under today's figures
 * (BENCHMARKS.md); raise them when relocation improves.
 */
class HealingBenchmarkTest {
  @Test
  void relocationKeepsItsAccuracyAndPrecisionOnTheBenchmark() throws Exception {
    Path data = Path.of("../bench/healing/data/cases.jsonl.gz");
    assertThat(Files.exists(data)).as("benchmark dataset at %s", data.toAbsolutePath()).isTrue();
    List<HealingBenchmark.Case> cases = HealingBenchmark.load(data);
    assertThat(cases).hasSizeGreaterThanOrEqualTo(500);
    HealingBenchmark.Figures f = HealingBenchmark.similarity("defaults", Relocator.withDefaults(), cases);
    HealingBenchmark.Figures voting = HealingBenchmark.voting(cases);
    assertThat(f.top1Accuracy()).isGreaterThanOrEqualTo(0.975);
    assertThat(f.autoPrecision()).isGreaterThanOrEqualTo(0.995);
    assertThat(f.autoShare()).isGreaterThanOrEqualTo(0.56);
    assertThat(f.wrongHealRate()).isLessThanOrEqualTo(0.0015);
    assertThat(f.top1Accuracy()).isGreaterThan(voting.top1Accuracy());
  }

  @Test
  void demoReleaseHealsWithoutAWrongAutomaticHeal() throws Exception {
    List<HealingBenchmark.Case> cases = HealingBenchmark.load(Path.of("../bench/healing/data/demo-cases.jsonl.gz"));
    HealingBenchmark.Figures f = HealingBenchmark.similarity("demo", Relocator.withDefaults(), cases);
    assertThat(f.autoApplied() - f.autoRight()).as("wrong automatic heals on demo v1 -> v2").isZero();
    assertThat(f.top1()).isEqualTo(f.answerable());
    assertThat(f.autoRight()).isGreaterThanOrEqualTo(22);
  }
}
