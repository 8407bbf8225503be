package com.argus.store.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.SpecRepository;
import com.argus.engine.spec.SpecVersion;
import com.argus.store.ArgusHome;
import com.argus.store.TickingClock;
import com.argus.store.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerbySpecRepositoryTest {
  // One database for the class (creating one takes a second); each test has a project of its own.
  @TempDir static Path tmp;
  private static Workspace ws;
  private static TickingClock clock;
  private static int projects;
  private SpecRepository specs;
  private long project;

  @BeforeAll
  static void open() {
    clock = TickingClock.startingAt("2025-03-01T10:00:00Z");
    ws = Workspace.open(ArgusHome.at(tmp.resolve("home")), clock);
  }

  @AfterAll
  static void close() {
    ws.close();
  }

  @BeforeEach
  void newProject() {
    specs = ws.specs();
    project = ws.projects().create("shop " + ++projects, null, "specs").id();
  }

  @Test
  void firstSaveIsVersionOne() {
    Instant now = clock.peek();
    SpecVersion v1 = specs.saveVersion(project, "login.spec.yaml", "name: login\n", "ana", "recorded");

    assertThat(v1).isEqualTo(new SpecVersion(project, "login.spec.yaml", 1, now,
        "ana", "recorded", "name: login\n"));
    assertThat(specs.latest(project, "login.spec.yaml")).contains(v1);
  }

  @Test
  void savingSameContentTwiceKeepsOneVersion() {
    SpecVersion first = specs.saveVersion(project, "login.spec.yaml", "name: login\n", "ana", "recorded");
    SpecVersion again = specs.saveVersion(project, "login.spec.yaml", "name: login\n", "bob", "saved again");

    assertThat(again).isEqualTo(first);
    assertThat(specs.history(project, "login.spec.yaml")).containsExactly(first);
  }

  @Test
  void changedContentAddsTheNextVersionAndHistoryIsNewestFirst() {
    specs.saveVersion(project, "login.spec.yaml", "v1", "ana", null);
    specs.saveVersion(project, "login.spec.yaml", "v2", "healer", "approved heal 12");
    specs.saveVersion(project, "login.spec.yaml", "v1", "ana", "reverted");

    assertThat(specs.history(project, "login.spec.yaml"))
        .extracting(SpecVersion::version, SpecVersion::content, SpecVersion::author)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "v1", "ana"),
            org.assertj.core.groups.Tuple.tuple(2, "v2", "healer"),
            org.assertj.core.groups.Tuple.tuple(1, "v1", "ana"));
  }

  @Test
  void unknownSpecHasNoHistory() {
    assertThat(specs.history(project, "nope.spec.yaml")).isEmpty();
    assertThat(specs.latest(project, "nope.spec.yaml")).isEmpty();
  }

  @Test
  void specKeysAreSortedAndKeptPerProject() {
    long other = ws.projects().create("blog " + project, null, null).id();
    specs.saveVersion(project, "z/checkout.spec.yaml", "c", "ana", null);
    specs.saveVersion(project, "a/login.spec.yaml", "l", "ana", null);
    specs.saveVersion(other, "a/login.spec.yaml", "other", "ana", null);

    assertThat(specs.specKeys(project)).containsExactly("a/login.spec.yaml", "z/checkout.spec.yaml");
    assertThat(specs.specKeys(other)).containsExactly("a/login.spec.yaml");
    assertThat(specs.latest(other, "a/login.spec.yaml")).get().extracting(SpecVersion::content).isEqualTo("other");
  }

  @Test
  void longKeysLargeAndNonAsciiTextsRoundTrip() {
    String key = "deep/" + "\u00e9\u4e2d".repeat(495) + ".yaml";
    String content = "name: caf\u00e9 \uD83D\uDE00\n" + "steps:\n".repeat(30_000);
    assertThat(key).hasSize(1000);

    specs.saveVersion(project, key, content, "ana", null);

    assertThat(specs.latest(project, key)).get().extracting(SpecVersion::content).isEqualTo(content);
    assertThatThrownBy(() -> specs.saveVersion(project, key + "x", "c", "ana", null))
        .isInstanceOf(ArgusException.class).hasMessageContaining("too long");
  }

  @Test
  void renameCarriesHistoryRunsAndBaselinesOver() {
    specs.saveVersion(project, "old.spec.yaml", "v1", "ana", null);
    specs.saveVersion(project, "old.spec.yaml", "v2", "ana", null);
    long run = ws.runs().startRun(project, "old.spec.yaml", "old", -1, "playwright", "desktop").id();
    ws.runs().saveBaseline(project, "old.spec.yaml", "s1", fingerprint("Log in"));

    specs.renameSpec(project, "old.spec.yaml", "new.spec.yaml");

    assertThat(specs.specKeys(project)).containsExactly("new.spec.yaml");
    assertThat(specs.history(project, "new.spec.yaml")).extracting(SpecVersion::version).containsExactly(2, 1);
    assertThat(ws.runs().runsOfSpec(project, "new.spec.yaml", 10)).extracting(r -> r.id()).containsExactly(run);
    assertThat(ws.runs().baseline(project, "new.spec.yaml", "s1")).isPresent();
    assertThat(ws.runs().baseline(project, "old.spec.yaml", "s1")).isEmpty();
  }

  @Test
  void renameOntoAnExistingSpecIsRefusedAndUnknownSpecIsANoOp() {
    specs.saveVersion(project, "a.spec.yaml", "a", "ana", null);
    specs.saveVersion(project, "b.spec.yaml", "b", "ana", null);

    assertThatThrownBy(() -> specs.renameSpec(project, "a.spec.yaml", "b.spec.yaml"))
        .isInstanceOf(ArgusException.class)
        .hasMessageContaining("'b.spec.yaml' already exists");
    specs.renameSpec(project, "never-saved.spec.yaml", "c.spec.yaml");
    assertThat(specs.specKeys(project)).containsExactly("a.spec.yaml", "b.spec.yaml");
  }

  @Test
  void savingIntoAMissingProjectGivesAClearError() {
    assertThatThrownBy(() -> specs.saveVersion(999, "a.spec.yaml", "a", "ana", null))
        .isInstanceOf(ArgusException.class)
        .hasMessageContaining("no project with id 999");
  }

  @Test
  void concurrentSavesGetDistinctConsecutiveVersions() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<SpecVersion>> saves = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        String content = "edit " + i;
        saves.add(() -> specs.saveVersion(project, "busy.spec.yaml", content, "worker", null));
      }
      for (Future<SpecVersion> f : pool.invokeAll(saves)) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    List<Integer> versions = specs.history(project, "busy.spec.yaml").stream().map(SpecVersion::version).toList();
    assertThat(versions).hasSize(60).doesNotHaveDuplicates().startsWith(60).endsWith(1);
  }

  private static ElementFingerprint fingerprint(String text) {
    return new ElementFingerprint("button", null, null, null, null, "button", null, text, text,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, true, null, null, null, null);
  }
}
