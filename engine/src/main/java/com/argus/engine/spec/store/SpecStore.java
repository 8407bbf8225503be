package com.argus.engine.spec.store;

import com.argus.engine.ArgusException;
import com.argus.engine.project.Project;
import com.argus.engine.project.ProjectRepository;
import com.argus.engine.spec.SpecRepository;
import com.argus.engine.spec.SpecVersion;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFiles;
import com.argus.engine.spec.format.SpecFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

/**
 * The one way specs are found and saved, for the editor, the recorder, imports, runs, {@code --heal
 * auto} and heal approvals alike. A spec is known by its {@link SpecId}: a key is resolved only inside
 * its own project's specs folder, so two projects with a spec of the same name never get each other's
 * changes. Saving writes the file atomically (the old content stays when the write fails) and then
 * records a version with its {@link SpecAuthor}, so a spec's history shows every change, heals included.
 *
 * <p>Thread-safe: saves and updates of one file are serialised in this JVM (parallel workers may heal
 * the same spec at once, while a person saves it in the editor); {@link #update} reads the file again
 * under the lock, so no change overwrites another.
 */
public final class SpecStore {
  private static final ConcurrentMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

  private final SpecRepository versions;
  private final ProjectRepository projects;

  /** A spec file and its identity. Immutable. */
  public record Entry(SpecId id, Path file) {}

  public SpecStore(SpecRepository versions, ProjectRepository projects) {
    this.versions = Objects.requireNonNull(versions, "versions");
    this.projects = Objects.requireNonNull(projects, "projects");
  }

  /** The project's specs folder, absolute and normalised; empty when the project has none. */
  public static Optional<Path> specsDir(Project project) {
    return project == null || project.specsDir() == null || project.specsDir().isBlank() ? Optional.empty()
        : Optional.of(Path.of(project.specsDir()).toAbsolutePath().normalize());
  }

  /**
   * The identity of a spec file: its path inside the project's specs folder, else (no project, no
   * folder, or a file outside it) its absolute path.
   */
  public static SpecId keyOf(Project project, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Long projectId = project == null ? null : project.id();
    Optional<Path> dir = specsDir(project);
    if (dir.isPresent() && abs.startsWith(dir.get()) && !abs.equals(dir.get())) {
      return new SpecId(projectId, dir.get().relativize(abs).toString().replace('\\', '/'));
    }
    return new SpecId(projectId, abs.toString());
  }

  /** The project's spec file with this key. */
  public Path resolve(long projectId, String key) {
    return resolve(new SpecId(projectId, key));
  }

  /**
   * The file of a spec that exists.
   *
   * @throws ArgusException when the key leaves the project's specs folder, the project is gone or
   *     has no folder, or the file is not there
   */
  public Path resolve(SpecId id) {
    Path file = locate(id);
    if (!Files.isRegularFile(file)) {
      throw new ArgusException("The spec " + describe(id) + " is not at " + file
          + " any more; it may have been moved or deleted.");
    }
    return file;
  }

  /** Every spec file of the project's specs folder, sorted; none when it has no folder yet. */
  public static List<Entry> list(Project project) {
    return specsDir(project).map(dir -> SpecFiles.find(dir).stream().map(f -> new Entry(keyOf(project, f), f)).toList())
        .orElse(List.of());
  }

  /** {@link #list(Project)} by the project's id; none for a project that is gone. */
  public List<Entry> list(long projectId) {
    return projects.findById(projectId).map(SpecStore::list).orElse(List.of());
  }

  /** Versions of the spec, newest first; none for a spec outside any project. */
  public List<SpecVersion> history(SpecId id) {
    return id.projectId() == null ? List.of() : versions.history(id.projectId(), id.key());
  }

  /** {@link #save(SpecId, String, SpecAuthor, String)} of the spec in the file format. */
  public Optional<SpecVersion> save(SpecId id, TestSpec spec, SpecAuthor author, String comment) {
    return save(id, SpecFormat.write(spec), author, comment);
  }

  /**
   * Writes the spec's file atomically, then records the text as a new version by {@code author}
   * (unless it equals the latest). A text that is not a readable spec is refused before anything is
   * written.
   *
   * @return the version, or empty for a spec outside any project (its file is written all the same)
   * @throws ArgusException when the key is refused or the file cannot be written (it keeps its old content)
   */
  public Optional<SpecVersion> save(SpecId id, String text, SpecAuthor author, String comment) {
    Objects.requireNonNull(author, "author");
    SpecFormat.parse(text, id.key());
    Path file = locate(id);
    synchronized (lockOf(file)) {
      return write(id, file, text, author, comment);
    }
  }

  /**
   * Changes the spec in its file: reads it under the file's lock, applies {@code change} and saves the
   * result as {@link #save} does, unless the change returns the spec as it was.
   *
   * @return whether anything was written
   */
  public boolean update(SpecId id, UnaryOperator<TestSpec> change, SpecAuthor author, String comment) {
    Path file = resolve(id);
    synchronized (lockOf(file)) {
      if (!Files.isRegularFile(file)) {
        throw new ArgusException("The spec file " + file + " is not there any more; it may have been moved or deleted.");
      }
      TestSpec before = SpecFormat.read(file);
      TestSpec after = change.apply(before);
      if (after == null || after.equals(before)) {
        return false;
      }
      write(id, file, SpecFormat.write(after), author, comment);
      return true;
    }
  }

  private Optional<SpecVersion> write(SpecId id, Path file, String text, SpecAuthor author, String comment) {
    SpecFiles.writeAtomically(file, text);
    if (id.projectId() == null) {
      return Optional.empty();
    }
    return Optional.of(versions.saveVersion(id.projectId(), id.key(), text, author.name(), comment));
  }

  /** Where the spec's file is or goes; a relative key only inside its own project's specs folder. */
  private Path locate(SpecId id) {
    if (id.isAbsolute()) {
      return Path.of(id.key()).normalize();
    }
    if (id.projectId() == null) {
      throw new ArgusException("The spec '" + id.key() + "' names no project; a spec outside a project is known by its"
          + " absolute path.");
    }
    Project project = projects.findById(id.projectId()).orElseThrow(() -> new ArgusException("The spec '" + id.key()
        + "' belongs to project " + id.projectId() + ", which is not in this workspace any more."));
    Path dir = specsDir(project).orElseThrow(() -> new ArgusException("Project '" + project.name()
        + "' has no specs folder, so its spec '" + id.key() + "' cannot be found; set the folder on the project."));
    Path file = dir.resolve(id.key().replace('\\', '/')).normalize();
    if (!file.startsWith(dir) || file.equals(dir)) {
      throw new ArgusException("The spec key '" + id.key() + "' points outside the specs folder of project '"
          + project.name() + "' (" + dir + "); a spec's key is its path inside that folder.");
    }
    return file;
  }

  private String describe(SpecId id) {
    if (id.projectId() == null) {
      return "'" + id.key() + "'";
    }
    String name = projects.findById(id.projectId()).map(Project::name).orElse(String.valueOf(id.projectId()));
    return "'" + id.key() + "' of project '" + name + "'";
  }

  private static Object lockOf(Path file) {
    return LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new Object());
  }
}
