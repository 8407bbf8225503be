package com.argus.app.specs;

import com.argus.app.common.DialogService;
import com.argus.app.common.Errors;
import com.argus.app.common.Navigator;
import com.argus.app.common.SpecRef;
import com.argus.app.common.TaskRunner;
import com.argus.app.common.Work;
import com.argus.app.common.WorkbenchContext;
import com.argus.engine.ArgusException;
import com.argus.engine.audit.AuditLog;
import com.argus.engine.project.Project;
import com.argus.engine.project.ProjectRepository;
import com.argus.engine.run.RunRecord;
import com.argus.engine.run.RunRepository;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.SpecRepository;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFiles;
import com.argus.engine.spec.format.SpecFormat;
import com.argus.engine.spec.store.SpecAuthor;
import com.argus.engine.spec.store.SpecStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The projects and specs screen: the projects, the spec files of the chosen one with their last run
 * status, search and tag filter, and the file commands (new, rename, duplicate, delete with undo).
 */
public final class ProjectsViewModel {
  /** Shown in the tag filter for "no tag filter". */
  public static final String ALL_TAGS = "All tags";

  private final Stores stores;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final Navigator navigator;
  private final WorkbenchContext context;

  private final ObservableList<Project> projects = FXCollections.observableArrayList();
  private final ObservableList<SpecEntry> specs = FXCollections.observableArrayList();
  private final FilteredList<SpecEntry> visibleSpecs = new FilteredList<>(specs, e -> true);
  private final ObservableList<String> tags = FXCollections.observableArrayList(ALL_TAGS);
  private final StringProperty search = new SimpleStringProperty("");
  private final StringProperty tag = new SimpleStringProperty(ALL_TAGS);
  private final ObjectProperty<SpecEntry> selectedSpec = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper undoMessage = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private Runnable undo;

  /**
   * What the screen reads and changes.
   *
   * @param specVersions the stored versions of specs, moved along when a spec file is renamed
   * @param specs saves the specs the screen creates (a version by the person)
   * @param argusHome where projects without a specs folder of their own keep their specs
   */
  public record Stores(ProjectRepository projects, SpecRepository specVersions, SpecStore specs, RunRepository runs,
      AuditLog audit, Path argusHome) {}

  public ProjectsViewModel(Stores stores, TaskRunner tasks, DialogService dialogs, Navigator navigator,
      WorkbenchContext context) {
    this.stores = stores;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.navigator = navigator;
    this.context = context;
    search.addListener((o, was, now) -> refilter());
    tag.addListener((o, was, now) -> refilter());
    context.projectProperty().addListener((o, was, now) -> {
      if (now == null || was == null || now.id() != was.id()) {
        loadSpecs();
      }
    });
  }

  /** Loads the projects and keeps the current one selected (or picks the first). */
  public void loadProjects() {
    tasks.run("Loading projects", p -> stores.projects().list(), list -> {
      projects.setAll(list);
      Project current = context.projectProperty().get();
      Project keep = current == null ? null
          : list.stream().filter(x -> x.id() == current.id()).findFirst().orElse(null);
      if (keep == null && !list.isEmpty()) {
        keep = list.get(0);
      }
      context.projectProperty().set(keep);
      if (keep != null && current != null && keep.id() == current.id()) {
        loadSpecs();
      }
    }, this::failed);
  }

  /** Reads every spec file of the current project and its last run. */
  public void loadSpecs() {
    Project project = context.projectProperty().get();
    if (project == null) {
      specs.clear();
      return;
    }
    Path dir = specsDir(project);
    tasks.run("Reading specs of " + project.name(), p -> readEntries(project, dir, p), list -> {
      String keep = selectedSpec.get() == null ? null : selectedSpec.get().key();
      specs.setAll(list);
      TreeSet<String> all = new TreeSet<>();
      list.forEach(e -> all.addAll(e.tags()));
      String chosen = tag.get();
      tags.setAll(ALL_TAGS);
      tags.addAll(all);
      tag.set(tags.contains(chosen) ? chosen : ALL_TAGS);
      selectedSpec.set(list.stream().filter(e -> e.key().equals(keep)).findFirst().orElse(null));
      status.set(list.size() + (list.size() == 1 ? " spec" : " specs") + " in " + dir);
    }, this::failed);
  }

  private List<SpecEntry> readEntries(Project project, Path dir, Work.Progress progress) {
    List<Path> files = SpecFiles.find(dir);
    List<SpecEntry> out = new ArrayList<>();
    for (int i = 0; i < files.size() && !progress.isCancelled(); i++) {
      Path file = files.get(i);
      progress.update((double) i / files.size(), "Reading " + file.getFileName());
      String key = SpecStore.keyOf(project, file).key();
      Optional<RunRecord> last = stores.runs().runsOfSpec(project.id(), key, 1).stream().findFirst();
      try {
        TestSpec spec = SpecFormat.read(file);
        out.add(new SpecEntry(key, file, spec.name(), spec.tags(), spec.steps().size(), null,
            last.map(RunRecord::status).orElse(null), last.map(RunRecord::startedAt).orElse(null)));
      } catch (RuntimeException e) {
        // A broken file still belongs in the list: the user has to see it to fix it.
        out.add(new SpecEntry(key, file, file.getFileName().toString(), List.of(), 0, Errors.userMessage(e),
            last.map(RunRecord::status).orElse(null), last.map(RunRecord::startedAt).orElse(null)));
      }
    }
    return out;
  }

  /** Asks for a name and base URL and creates a project with its specs under the Argus home. */
  public void newProject() {
    dialogs.prompt("New project", "Name", "").ifPresent(name ->
        dialogs.prompt("New project", "Base URL of the application under test", "http://127.0.0.1:8080/")
            .ifPresent(url -> createProject(name, url, null)));
  }

  /** Creates a project; a null specs folder means {@code <home>/projects/<name>/specs}. */
  public void createProject(String name, String baseUrl, Path specsDir) {
    Path dir = specsDir != null ? specsDir
        : stores.argusHome().resolve("projects").resolve(SpecFiles.fileNameFor(name).replace(SpecFiles.SUFFIX, "")).resolve("specs");
    tasks.run("Creating project " + name, p -> {
      Files.createDirectories(dir);
      Project created = stores.projects().create(name, baseUrl, dir.toString());
      stores.audit().record(user(), "project.create", name, dir.toString());
      return created;
    }, created -> {
      projects.add(created);
      projects.sort(java.util.Comparator.comparing(Project::name));
      context.projectProperty().set(created);
    }, this::failed);
  }

  /** Asks for a name and writes a new spec that opens the project's base URL. */
  public void newSpec() {
    Project project = context.projectProperty().get();
    if (project == null) {
      return;
    }
    dialogs.prompt("New spec", "What does this test check?", "").ifPresent(name -> {
      TestSpec spec = TestSpec.named(name, project.baseUrl(), List.of(Step.of("open", Action.NAVIGATE, null, "/")));
      Path folder = selectedSpec.get() == null ? specsDir(project) : selectedSpec.get().file().getParent();
      tasks.run("Creating " + name, p -> create(project, folder, spec, "created"), file -> {
        loadSpecs();
        navigator.openInEditor(SpecRef.of(project, file));
      }, this::failed);
    });
  }

  public void open(SpecEntry entry) {
    ref(entry).ifPresent(navigator::openInEditor);
  }

  public void run(SpecEntry entry) {
    ref(entry).ifPresent(navigator::runSpec);
  }

  public void export(SpecEntry entry) {
    ref(entry).ifPresent(navigator::exportSpec);
  }

  /** Renames the spec file (and its history in the store) after asking for the new file name. */
  public void rename(SpecEntry entry) {
    Project project = context.projectProperty().get();
    if (entry == null || project == null) {
      return;
    }
    String current = entry.file().getFileName().toString().replace(SpecFiles.SUFFIX, "");
    dialogs.prompt("Rename spec file", "New file name (without " + SpecFiles.SUFFIX + ")", current)
        .filter(n -> !n.equals(current))
        .ifPresent(newName -> rename(entry, newName));
  }

  /** Renames without asking: {@code newName} is the file name without the suffix. */
  public void rename(SpecEntry entry, String newName) {
    Project project = context.projectProperty().get();
    Path target = entry.file().resolveSibling(SpecFiles.fileNameFor(newName));
    tasks.run("Renaming " + entry.key(), p -> {
      if (Files.exists(target)) {
        throw new ArgusException(target.getFileName() + " exists already; choose another name");
      }
      SpecFiles.move(entry.file(), target);
      String newKey = SpecStore.keyOf(project, target).key();
      stores.specVersions().renameSpec(project.id(), entry.key(), newKey);
      stores.audit().record(user(), "spec.rename", entry.key(), newKey);
      return newKey;
    }, newKey -> {
      offerUndo("Renamed " + entry.key() + " to " + newKey, () -> rename(
          new SpecEntry(newKey, target, entry.name(), entry.tags(), entry.steps(), entry.problem(), entry.lastStatus(),
              entry.lastRunAt()), entry.file().getFileName().toString().replace(SpecFiles.SUFFIX, "")));
      loadSpecs();
    }, this::failed);
  }

  /** Copies the spec into a new file beside it, named "... (copy)". */
  public void duplicate(SpecEntry entry) {
    if (entry == null || entry.problem() != null) {
      return;
    }
    Project project = context.projectProperty().get();
    tasks.run("Duplicating " + entry.key(), p -> {
      TestSpec spec = SpecFormat.read(entry.file());
      TestSpec copy = spec.withName(spec.name() + " (copy)");
      return create(project, entry.file().getParent(), copy, "copied from " + entry.key());
    }, file -> loadSpecs(), this::failed);
  }

  /** Saves a new spec in a file of its own, named after it, as the first version of its history. */
  private Path create(Project project, Path folder, TestSpec spec, String comment) {
    Path file = SpecFiles.freeFile(folder, spec.name());
    stores.specs().save(SpecStore.keyOf(project, file), spec, SpecAuthor.person(user()), comment);
    return file;
  }

  /** Deletes the spec file after confirmation; Undo puts it back with its exact text. */
  public void delete(SpecEntry entry) {
    if (entry == null || !dialogs.confirm("Delete spec", "Delete " + entry.key() + "? Its version history stays in the store.")) {
      return;
    }
    tasks.run("Deleting " + entry.key(), p -> {
      String text = SpecFiles.read(entry.file());
      SpecFiles.delete(entry.file());
      stores.audit().record(user(), "spec.delete", entry.key(), null);
      return text;
    }, text -> {
      offerUndo("Deleted " + entry.key(), () -> tasks.run("Restoring " + entry.key(), p -> {
        SpecFiles.writeAtomically(entry.file(), text);
        stores.audit().record(user(), "spec.restore", entry.key(), null);
        return entry.file();
      }, f -> loadSpecs(), this::failed));
      if (Objects.equals(selectedSpec.get(), entry)) {
        selectedSpec.set(null);
      }
      loadSpecs();
    }, this::failed);
  }

  /** Undoes the last rename or delete, when there is one. */
  public void undo() {
    Runnable u = undo;
    undo = null;
    undoMessage.set("");
    if (u != null) {
      u.run();
    }
  }

  public void dismissUndo() {
    undo = null;
    undoMessage.set("");
  }

  private void offerUndo(String message, Runnable action) {
    undo = action;
    undoMessage.set(message);
  }

  private Optional<SpecRef> ref(SpecEntry entry) {
    Project project = context.projectProperty().get();
    if (entry == null || project == null) {
      return Optional.empty();
    }
    return Optional.of(new SpecRef(project, entry.key(), entry.file()));
  }

  private void refilter() {
    String q = search.get();
    String t = tag.get();
    visibleSpecs.setPredicate(e -> e.matches(q) && (t == null || ALL_TAGS.equals(t) || e.tags().contains(t)));
  }

  private void failed(Throwable e) {
    dialogs.error(Errors.userMessage(e), e);
  }

  /** Where a project's spec files live: its specs folder, else one under the Argus home. */
  public Path specsDir(Project project) {
    return project.specsDir() != null ? Path.of(project.specsDir())
        : stores.argusHome().resolve("projects").resolve(String.valueOf(project.id())).resolve("specs");
  }

  static String user() {
    return System.getProperty("user.name", "user");
  }

  public ObservableList<Project> projects() {
    return projects;
  }

  public ObjectProperty<Project> projectProperty() {
    return context.projectProperty();
  }

  /** The specs that pass the search and tag filter. */
  public ObservableList<SpecEntry> visibleSpecs() {
    return visibleSpecs;
  }

  public ObservableList<String> tags() {
    return tags;
  }

  public StringProperty searchProperty() {
    return search;
  }

  public StringProperty tagProperty() {
    return tag;
  }

  public ObjectProperty<SpecEntry> selectedSpecProperty() {
    return selectedSpec;
  }

  public BooleanBinding noSpecSelected() {
    return Bindings.isNull(selectedSpec);
  }

  public ReadOnlyStringProperty undoMessageProperty() {
    return undoMessage.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
