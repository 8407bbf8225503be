package com.argus.engine.spec.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.TestSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The spec reader's promise, over generated hostile files: it returns a spec that passes the
 * validator, or refuses with a user message; never another exception, never a hang.
 */
class SpecReaderFuzzTest {
  /** Generous: only a hang breaks it; a case normally takes a few milliseconds. */
  private static final Duration BOUND = Duration.ofSeconds(30);

  private static Path dir;

  @BeforeContainer
  static void createDir() throws IOException {
    dir = Files.createTempDirectory("argus-spec-fuzz");
  }

  @AfterContainer
  static void deleteDir() throws IOException {
    Files.deleteIfExists(dir.resolve("case.spec.yaml"));
    Files.deleteIfExists(dir);
  }

  @Provide
  Arbitrary<byte[]> hostile() {
    return HostileSpecs.files();
  }

  @Property(tries = 2000, seed = "20240524")
  void readingGivesAValidSpecOrAUserMessage(@ForAll("hostile") byte[] file) throws IOException {
    Path path = Files.write(dir.resolve("case.spec.yaml"), file);
    assertTimeoutPreemptively(BOUND, () -> checkReads(path), () -> "hung on:\n" + new String(file, StandardCharsets.UTF_8));
  }

  /** The invariant, for one file. */
  static void checkReads(Path path) {
    TestSpec spec;
    try {
      spec = SpecFormat.read(path);
    } catch (ArgusException e) {
      assertThat(e.userMessage()).as("a refusal names the file").contains(path.getFileName().toString())
          .doesNotContain("\tat ").doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Za-z]+Exception");
      return;
    }
    assertThat(SpecValidator.validate(spec)).as("a spec that reads is valid").isEmpty();
    // What the reader accepts, the writer writes and the reader reads again.
    assertThat(SpecFormat.parse(SpecFormat.write(spec), "rewritten").steps()).isEqualTo(spec.steps());
  }
}
