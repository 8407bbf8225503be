package com.argus.store.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.argus.engine.ArgusException;
import com.argus.engine.project.Project;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.SpecVersion;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFormat;
import com.argus.engine.spec.store.SpecAuthor;
import com.argus.engine.spec.store.SpecId;
import com.argus.engine.spec.store.SpecStore;
import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spec store on a real workspace: identity of spec files, atomic saves and their history. */
class SpecStoreTest {
  // One database for the class (creating one takes a second); each test has a project of its own.
  @TempDir static Path tmp;
  private static Workspace ws;
  private static int projects;
  private SpecStore store;
  private Project project;
  private Path specs;

  @BeforeAll
  static void open() {
    ws = Workspace.open(ArgusHome.at(tmp.resolve("home")));
  }

  @AfterAll
  static void close() {
    ws.close();
  }

  @BeforeEach
  void newProject() throws IOException {
    specs = Files.createDirectories(tmp.resolve("specs-" + ++projects));
    project = ws.projects().create("p" + projects, "http://127.0.0.1:8080/", specs.toString());
    store = ws.specStore();
  }

  @Test
  void aFileInTheSpecsFolderIsKeyedByItsRelativePathAndResolvesBack() throws IOException {
    Path file = Files.createDirectories(specs.resolve("checkout")).resolve("pay.spec.yaml");
    SpecFormat.write(spec("Pay"), file);

    SpecId id = SpecStore.keyOf(project, file);

    assertThat(id).isEqualTo(new SpecId(project.id(), "checkout/pay.spec.yaml"));
    assertThat(store.resolve(project.id(), "checkout/pay.spec.yaml")).isEqualTo(file.toAbsolutePath().normalize());
    assertThat(SpecStore.list(project)).extracting(SpecStore.Entry::id).containsExactly(id);
  }

  @Test
  void aFileOutsideTheSpecsFolderIsKeyedByItsAbsolutePath() throws IOException {
    Path outside = Files.createDirectories(tmp.resolve("elsewhere-" + projects)).resolve("x.spec.yaml");
    SpecFormat.write(spec("X"), outside);

    SpecId id = SpecStore.keyOf(project, outside);

    assertThat(id.key()).isEqualTo(outside.toAbsolutePath().normalize().toString());
    assertThat(store.resolve(id)).isEqualTo(outside.toAbsolutePath().normalize());
  }

  @Test
  void aKeyThatLeavesTheSpecsFolderIsRefused() throws IOException {
    Path sibling = tmp.resolve("x.spec.yaml");
    SpecFormat.write(spec("X"), sibling);
    String escaping = "../x.spec.yaml";

    assertThatThrownBy(() -> store.resolve(project.id(), escaping)).isInstanceOf(ArgusException.class)
        .hasMessageContaining("'../x.spec.yaml' points outside the specs folder of project '" + project.name() + "'");
    assertThatThrownBy(() -> store.save(SpecId.of(project.id(), escaping), spec("X"), SpecAuthor.person("ana"), null))
        .isInstanceOf(ArgusException.class).hasMessageContaining("points outside the specs folder");
    assertThat(SpecFormat.read(sibling).name()).isEqualTo("X");
  }

  @Test
  void aMissingSpecIsAClearError() {
    assertThatThrownBy(() -> store.resolve(project.id(), "gone.spec.yaml")).isInstanceOf(ArgusException.class)
        .hasMessageContaining("'gone.spec.yaml' of project '" + project.name() + "'").hasMessageContaining("moved or deleted");
  }

  @Test
  void savingWritesTheFileAndAVersionWithItsAuthor() {
    SpecId id = SpecId.of(project.id(), "login.spec.yaml");

    store.save(id, spec("Login"), SpecAuthor.RECORDER, "recorded");
    store.save(id, spec("Login").withName("Log in"), SpecAuthor.person("ana"), "saved in the editor");
    store.update(id, s -> s.withName("Sign in"), SpecAuthor.HEALER, "heal 3 approved");

    assertThat(SpecFormat.read(specs.resolve("login.spec.yaml")).name()).isEqualTo("Sign in");
    List<SpecVersion> history = store.history(id);
    assertThat(history).extracting(SpecVersion::author).containsExactly("healer", "ana", "recorder");
    assertThat(history).extracting(SpecVersion::comment).containsExactly("heal 3 approved", "saved in the editor", "recorded");
    assertThat(history.get(0).content()).isEqualTo(SpecFormat.write(spec("Login").withName("Sign in")));
  }

  @Test
  void aSaveThatCannotBeWrittenKeepsTheOldContentAndSaysWhy() throws Exception {
    SpecId id = SpecId.of(project.id(), "login.spec.yaml");
    store.save(id, spec("Login"), SpecAuthor.person("ana"), "first");
    Path file = specs.resolve("login.spec.yaml");
    String before = Files.readString(file);
    try (ReadOnlyFolder ignored = ReadOnlyFolder.of(specs)) {
      assertThatThrownBy(() -> store.save(id, spec("Renamed"), SpecAuthor.person("ana"), "second"))
          .isInstanceOf(ArgusException.class)
          .satisfies(e -> assertThat(((ArgusException) e).userMessage()).contains(file.toString())
              .contains("the previous version of the file is unchanged").contains("writable"));
    }
    assertThat(Files.readString(file)).isEqualTo(before);
    assertThat(store.history(id)).extracting(SpecVersion::comment).containsExactly("first");
    try (var left = Files.list(specs)) {
      assertThat(left).as("no temporary file is left behind").containsExactly(file);
    }
  }

  @Test
  void savingKeepsTheFilesPermissions() throws IOException {
    SpecId id = SpecId.of(project.id(), "shared.spec.yaml");
    store.save(id, spec("Shared"), SpecAuthor.person("ana"), null);
    Path file = specs.resolve("shared.spec.yaml");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

    store.save(id, spec("Shared").withName("Shared 2"), SpecAuthor.person("ana"), null);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
  }

  @Test
  void aNewSpecFileGetsTheModeAnyNewFileGetsThere() throws IOException {
    Path plain = Files.createFile(specs.resolve("plain.txt"));

    store.save(SpecId.of(project.id(), "fresh.spec.yaml"), spec("Fresh"), SpecAuthor.RECORDER, null);

    assertThat(Files.getPosixFilePermissions(specs.resolve("fresh.spec.yaml")))
        .as("not the 0600 of a temp file").isEqualTo(Files.getPosixFilePermissions(plain));
  }

  private static TestSpec spec(String name) {
    return TestSpec.named(name, "http://127.0.0.1:8080/", List.of(Step.of("open", Action.NAVIGATE, null, "/")));
  }

  /**
   * A folder nobody may write into: its permissions say so and, where this process would write
   * anyway (as root), the file system's immutable flag does; skips the test where neither holds.
   */
  private record ReadOnlyFolder(Path dir, boolean immutable) implements AutoCloseable {
    static ReadOnlyFolder of(Path dir) throws Exception {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
      boolean immutable = false;
      if (canWriteInto(dir)) {
        immutable = new ProcessBuilder("chattr", "+i", dir.toString()).redirectErrorStream(true).start().waitFor() == 0;
      }
      ReadOnlyFolder folder = new ReadOnlyFolder(dir, immutable);
      if (canWriteInto(dir)) {
        folder.close();
        assumeTrue(false, "this process can write into any folder here");
      }
      return folder;
    }

    private static boolean canWriteInto(Path dir) {
      try {
        Files.delete(Files.createTempFile(dir, "probe", ".tmp"));
        return true;
      } catch (IOException e) {
        return false;
      }
    }

    @Override
    public void close() throws Exception {
      if (immutable) {
        new ProcessBuilder("chattr", "-i", dir.toString()).redirectErrorStream(true).start().waitFor();
      }
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
