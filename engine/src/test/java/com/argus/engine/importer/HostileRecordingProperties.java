package com.argus.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecValidator;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a recording holds, an import either gives specs that all pass the spec validator or is
 * refused with a message naming the file; no other exception escapes. Seeded, so a failure
 * reproduces; a crash found here is kept as a named case in {@link HostileRecordingsTest}.
 */
class HostileRecordingProperties {
  private static final Path DIR = Path.of("src/test/resources/importer");
  private static final List<JsonNode> CHROME = HostileRecordings.seeds(DIR, ".json");
  private static final List<JsonNode> SIDE = HostileRecordings.seeds(DIR, ".side");

  @Property(tries = 2500, seed = "20240624")
  void chromeRecorderGivesValidSpecsOrAMessage(@ForAll("chromeRecordings") String json) {
    holdsTheImportInvariant(Importers.chromeRecorder(), json, "fuzz.recording.json");
  }

  @Property(tries = 2500, seed = "20240624")
  void seleniumIdeGivesValidSpecsOrAMessage(@ForAll("sideProjects") String json) {
    holdsTheImportInvariant(Importers.seleniumIde(), json, "fuzz.side");
  }

  @Provide
  Arbitrary<String> chromeRecordings() {
    return mutationsOf(CHROME);
  }

  @Provide
  Arbitrary<String> sideProjects() {
    return mutationsOf(SIDE);
  }

  private static Arbitrary<String> mutationsOf(List<JsonNode> seeds) {
    return Arbitraries.longs().map(seed -> {
      Random random = new Random(seed);
      return HostileRecordings.mutate(seeds.get(random.nextInt(seeds.size())), random);
    });
  }

  private static void holdsTheImportInvariant(RecordingImporter importer, String json, String label) {
    ImportResult result;
    try {
      result = importer.parse(json, label);
    } catch (ArgusException refused) {
      assertThat(refused.getMessage()).startsWith(label).doesNotContain("Exception").doesNotContain("\tat ");
      return;
    }
    for (TestSpec spec : result.specs()) {
      assertThat(SpecValidator.validate(spec)).as("spec '%s' from %s", spec.name(), json).isEmpty();
    }
  }
}
