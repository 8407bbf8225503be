package com.argus.app.specs;

import com.argus.app.common.DialogService;
import com.argus.app.common.Errors;
import com.argus.app.common.Navigator;
import com.argus.app.common.SpecRef;
import com.argus.app.common.TaskRunner;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.SpecVersion;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.Variable;
import com.argus.engine.spec.edit.LineDiff;
import com.argus.engine.spec.edit.LocatorText;
import com.argus.engine.spec.edit.SpecEdit;
import com.argus.engine.spec.edit.SpecEditHistory;
import com.argus.engine.spec.edit.SpecEdits;
import com.argus.engine.spec.edit.StepEdits;
import com.argus.engine.spec.format.SpecFormat;
import com.argus.engine.spec.format.SpecFormatException;
import com.argus.engine.spec.format.SpecValidator;
import com.argus.engine.spec.store.SpecAuthor;
import com.argus.engine.spec.store.SpecStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The spec editor: the steps of one spec, the selected step's locator candidates, variables, data
 * rows, undo/redo, validation, save (file + store version) and the version history with diffs.
 * Every change goes through a {@link SpecEdit} applied to a {@link SpecEditHistory}.
 */
public final class SpecEditorViewModel {
  /** Why "count matches" is off when no probe is wired. */
  public static final String NO_PROBE =
      "Counting matches needs a live browser; it is switched on when the replay engine's browser driver is available.";

  private final SpecStore specs;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final Navigator navigator;
  private final LocatorProbe probe;

  private SpecEditHistory history;
  private final ReadOnlyObjectWrapper<SpecRef> ref = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<TestSpec> spec = new ReadOnlyObjectWrapper<>();
  private final ObservableList<Step> steps = FXCollections.observableArrayList();
  private final StringProperty selectedStepId = new SimpleStringProperty();
  private final ObservableList<CandidateRow> candidates = FXCollections.observableArrayList();
  private final ObservableList<Variable> variables = FXCollections.observableArrayList();
  private final ObservableList<Map<String, String>> dataRows = FXCollections.observableArrayList();
  private final ObservableList<String> dataColumns = FXCollections.observableArrayList();
  private final ObservableList<String> problems = FXCollections.observableArrayList();
  private final ObservableList<SpecVersion> versions = FXCollections.observableArrayList();
  private final ObjectProperty<SpecVersion> selectedVersion = new SimpleObjectProperty<>();
  private final ObservableList<LineDiff.Line> diff = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
  private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("No spec open");
  private final ReadOnlyStringWrapper probeStatus = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper loadProblem = new ReadOnlyStringWrapper("");

  /**
   * @param specs reads, saves (a version by the person) and lists the history of the specs opened
   */
  public SpecEditorViewModel(SpecStore specs, TaskRunner tasks, DialogService dialogs, Navigator navigator,
      LocatorProbe probe) {
    this.specs = specs;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.navigator = navigator;
    this.probe = probe;
    probeStatus.set(probe == null ? NO_PROBE : "");
    selectedStepId.addListener((o, was, now) -> refreshCandidates(null));
    selectedVersion.addListener((o, was, now) -> refreshDiff());
  }

  /** Opens a spec file; asks first when the open one has unsaved changes. */
  public void open(SpecRef target) {
    if (dirty.get() && !dialogs.confirm("Unsaved changes", "Discard the changes to " + title.get() + "?")) {
      return;
    }
    tasks.run("Opening " + target.key(), p -> SpecFormat.read(target.file()), loaded -> {
      ref.set(target);
      history = new SpecEditHistory(loaded);
      loadProblem.set("");
      selectedStepId.set(loaded.steps().isEmpty() ? null : loaded.steps().get(0).id());
      problems.clear();
      publish();
      loadVersions();
    }, e -> {
      ref.set(target);
      history = null;
      spec.set(null);
      steps.clear();
      title.set(target.key());
      // A spec that does not parse shows its located problems instead of a table.
      loadProblem.set(Errors.userMessage(e));
      problems.setAll(e instanceof SpecFormatException f
          ? f.problems().stream().map(Object::toString).toList() : List.of(Errors.userMessage(e)));
      loadVersions();
    });
  }

  /** Applies an edit; a failed edit (unknown step, duplicate id) is shown, not thrown. */
  public boolean apply(SpecEdit edit) {
    if (history == null) {
      return false;
    }
    try {
      boolean changed = history.apply(edit);
      publish();
      return changed;
    } catch (IllegalArgumentException e) {
      dialogs.error(e.getMessage(), null);
      return false;
    }
  }

  public void setAction(String stepId, Action action) {
    apply(new StepEdits.SetAction(stepId, action));
  }

  public void setValue(String stepId, String value) {
    apply(new StepEdits.SetValue(stepId, value));
  }

  /** How the one-line value cell marks a line break (the options of a multiple select, typed lines). */
  public static final String LINE_BREAK = " ⏎ ";

  /** A step's value as the one-line cell shows it. */
  public static String shownValue(String value) {
    return value == null ? "" : value.replace("\n", LINE_BREAK);
  }

  /** What the user typed into the one-line cell, with its line-break marks turned back into lines. */
  public static String typedValue(String shown) {
    return shown == null ? null : shown.replace(LINE_BREAK, "\n").replace(LINE_BREAK.strip(), "\n");
  }

  /** Sets the primary locator from text as the table shows it ({@code role=button[name="Save"]}). */
  public void setTarget(String stepId, String locatorText) {
    Locator locator;
    try {
      locator = LocatorText.parse(locatorText);
    } catch (IllegalArgumentException e) {
      dialogs.error(e.getMessage(), null);
      publish();
      return;
    }
    apply(new StepEdits.SetPrimaryLocator(stepId, locator));
  }

  public void setEnabled(String stepId, boolean enabled) {
    apply(new StepEdits.SetEnabled(stepId, enabled));
  }

  /** Inserts a new click step after the selected one (or at the end) and selects it. */
  public void insertStep() {
    TestSpec s = spec.get();
    if (s == null) {
      return;
    }
    int at = indexOf(selectedStepId.get()) + 1;
    if (at <= 0) {
      at = s.steps().size();
    }
    String id = StepEdits.freshId(s, "step-" + (s.steps().size() + 1));
    if (apply(new StepEdits.InsertStep(at, Step.of(id, Action.CLICK, null, null)))) {
      selectedStepId.set(id);
    }
  }

  public void deleteSelected() {
    String id = selectedStepId.get();
    if (id == null) {
      return;
    }
    int at = indexOf(id);
    if (apply(new StepEdits.DeleteStep(id))) {
      List<Step> now = spec.get().steps();
      selectedStepId.set(now.isEmpty() ? null : now.get(Math.min(at, now.size() - 1)).id());
    }
  }

  public void toggleSelectedEnabled() {
    spec.get().step(selectedStepId.get()).ifPresent(s -> setEnabled(s.id(), !s.isEnabled()));
  }

  /** Moves the selected step up (negative) or down (positive) by one place. */
  public void moveSelected(int delta) {
    String id = selectedStepId.get();
    int at = indexOf(id);
    if (at < 0) {
      return;
    }
    int to = at + delta;
    if (to < 0 || to >= steps.size()) {
      return;
    }
    apply(new StepEdits.MoveStep(id, to));
  }

  /** Moves a step to an index, for drag and drop. */
  public void move(String stepId, int toIndex) {
    apply(new StepEdits.MoveStep(stepId, toIndex));
    selectedStepId.set(stepId);
  }

  public void preferCandidate(CandidateRow row) {
    if (row != null && row.rank() > 1) {
      apply(new StepEdits.PreferCandidate(selectedStepId.get(), row.locator()));
    }
  }

  /** Counts the selected step's candidates on a live page, when a probe is wired. */
  public void countMatches() {
    Optional<Step> step = selectedStep();
    if (probe == null || step.isEmpty() || step.get().target() == null) {
      return;
    }
    TestSpec current = spec.get();
    List<Locator> locators = step.get().target().candidates();
    String baseUrl = ref.get() == null ? null : ref.get().project().baseUrl();
    String page = BrowserLocatorProbe.pageOf(baseUrl, current, step.get());
    probeStatus.set("Counting matches on " + page + "…");
    tasks.run("Counting matches of step " + step.get().id(),
        p -> probe.countMatches(baseUrl, current, step.get(), locators),
        counts -> {
          probeStatus.set("Counted on " + page + " just now (the page of the last navigation before this step).");
          refreshCandidates(counts);
        }, e -> probeStatus.set("Could not count: " + Errors.userMessage(e)));
  }

  public void undo() {
    if (history != null && history.canUndo()) {
      history.undo();
      publish();
    }
  }

  public void redo() {
    if (history != null && history.canRedo()) {
      history.redo();
      publish();
    }
  }

  // Variables: a secret's value is never held here; it comes from the environment or secrets file.

  public void addVariable(String name, boolean secret) {
    List<Variable> vs = new ArrayList<>(variables);
    vs.add(secret ? Variable.secret(name) : Variable.plain(name, ""));
    apply(new SpecEdits.SetVariables(vs));
  }

  public void setVariableValue(int index, String value) {
    List<Variable> vs = new ArrayList<>(variables);
    Variable v = vs.get(index);
    if (v.isSecret()) {
      return;
    }
    vs.set(index, Variable.plain(v.name(), value));
    apply(new SpecEdits.SetVariables(vs));
  }

  public void setVariableSecret(int index, boolean secret) {
    List<Variable> vs = new ArrayList<>(variables);
    Variable v = vs.get(index);
    vs.set(index, secret ? Variable.secret(v.name()) : Variable.plain(v.name(), ""));
    apply(new SpecEdits.SetVariables(vs));
  }

  public void removeVariable(int index) {
    List<Variable> vs = new ArrayList<>(variables);
    vs.remove(index);
    apply(new SpecEdits.SetVariables(vs));
  }

  /** How a variable's value shows in the editor: secrets only say where their value comes from. */
  public static String displayValue(Variable v) {
    return v.isSecret() ? "•••••• (from ARGUS_SECRET_" + v.name().toUpperCase(java.util.Locale.ROOT) + ")" : v.value();
  }

  // Data rows

  public void addDataRow() {
    List<Map<String, String>> rows = new ArrayList<>(dataRows);
    Map<String, String> row = new LinkedHashMap<>();
    dataColumns.forEach(c -> row.put(c, ""));
    if (row.isEmpty()) {
      row.put("value", "");
    }
    rows.add(row);
    apply(new SpecEdits.SetDataRows(rows));
  }

  public void addDataColumn(String column) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Map<String, String> r : dataRows) {
      Map<String, String> copy = new LinkedHashMap<>(r);
      copy.putIfAbsent(column, "");
      rows.add(copy);
    }
    if (rows.isEmpty()) {
      rows.add(new LinkedHashMap<>(Map.of(column, "")));
    }
    apply(new SpecEdits.SetDataRows(rows));
  }

  public void setDataCell(int row, String column, String value) {
    List<Map<String, String>> rows = new ArrayList<>(dataRows);
    Map<String, String> copy = new LinkedHashMap<>(rows.get(row));
    copy.put(column, value == null ? "" : value);
    rows.set(row, copy);
    apply(new SpecEdits.SetDataRows(rows));
  }

  public void removeDataRow(int row) {
    List<Map<String, String>> rows = new ArrayList<>(dataRows);
    rows.remove(row);
    apply(new SpecEdits.SetDataRows(rows));
  }

  /** Validates, then writes the file atomically and records a new version in the store. */
  public void save() {
    TestSpec current = spec.get();
    SpecRef target = ref.get();
    if (current == null || target == null) {
      return;
    }
    List<String> found = SpecValidator.validate(current).stream().map(v -> describe(current, v)).toList();
    problems.setAll(found);
    if (!found.isEmpty()) {
      return;
    }
    tasks.run("Saving " + target.key(),
        p -> specs.save(target.id(), current, SpecAuthor.person(ProjectsViewModel.user()), "saved in the editor"),
        version -> {
          if (spec.get() == current) {
            history.markSaved();
          }
          publish();
          loadVersions();
        },
        e -> problems.setAll(e instanceof SpecFormatException f
            ? f.problems().stream().map(Object::toString).toList() : List.of(Errors.userMessage(e))));
  }

  /** Replaces the editor's spec with an older version; undoable like any edit. */
  public void revertToSelectedVersion() {
    SpecVersion v = selectedVersion.get();
    if (v == null || history == null) {
      return;
    }
    try {
      TestSpec old = SpecFormat.parse(v.content(), ref.get().key() + " v" + v.version());
      apply(new SpecEdits.Replace(old, "Revert to version " + v.version()));
    } catch (RuntimeException e) {
      dialogs.error(Errors.userMessage(e), e);
    }
  }

  public void runSpec() {
    if (ref.get() != null) {
      navigator.runSpec(ref.get());
    }
  }

  public void exportSpec() {
    if (ref.get() != null) {
      navigator.exportSpec(ref.get());
    }
  }

  private void loadVersions() {
    SpecRef target = ref.get();
    tasks.run("Loading history of " + target.key(),
        p -> specs.history(target.id()),
        list -> {
          versions.setAll(list);
          selectedVersion.set(list.isEmpty() ? null : list.get(0));
          refreshDiff();
        }, e -> dialogs.error(Errors.userMessage(e), e));
  }

  /** The selected version against the one before it (the first version against nothing). */
  private void refreshDiff() {
    SpecVersion v = selectedVersion.get();
    if (v == null) {
      diff.clear();
      return;
    }
    int at = versions.indexOf(v);
    String before = at >= 0 && at + 1 < versions.size() ? versions.get(at + 1).content() : "";
    diff.setAll(LineDiff.diff(before, v.content()));
  }

  private void publish() {
    TestSpec s = history.current();
    spec.set(s);
    String keep = selectedStepId.get();
    steps.setAll(s.steps());
    variables.setAll(s.variables());
    List<Map<String, String>> rows = s.data() == null ? List.of() : s.data().rows();
    Set<String> columns = new LinkedHashSet<>();
    rows.forEach(r -> columns.addAll(r.keySet()));
    if (!dataColumns.equals(new ArrayList<>(columns))) {
      dataColumns.setAll(columns);
    }
    dataRows.setAll(rows);
    if (keep != null && s.step(keep).isEmpty()) {
      selectedStepId.set(s.steps().isEmpty() ? null : s.steps().get(0).id());
    }
    refreshCandidates(null);
    dirty.set(history.isDirty());
    canUndo.set(history.canUndo());
    canRedo.set(history.canRedo());
    undoText.set(history.undoDescription().map(d -> "Undo " + lower(d)).orElse("Undo"));
    redoText.set(history.redoDescription().map(d -> "Redo " + lower(d)).orElse("Redo"));
    title.set(s.name() + (dirty.get() ? " •" : ""));
  }

  private void refreshCandidates(List<Integer> counts) {
    candidates.clear();
    selectedStep().map(Step::target).ifPresent(t -> {
      for (int i = 0; i < t.candidates().size(); i++) {
        candidates.add(new CandidateRow(i + 1, t.candidates().get(i),
            counts != null && i < counts.size() ? counts.get(i) : null));
      }
    });
  }

  private static String describe(TestSpec spec, SpecValidator.Violation v) {
    return v.message();
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private int indexOf(String stepId) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).id().equals(stepId)) {
        return i;
      }
    }
    return -1;
  }

  public Optional<Step> selectedStep() {
    TestSpec s = spec.get();
    return s == null || selectedStepId.get() == null ? Optional.empty() : s.step(selectedStepId.get());
  }

  public ReadOnlyObjectProperty<SpecRef> refProperty() {
    return ref.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<TestSpec> specProperty() {
    return spec.getReadOnlyProperty();
  }

  public ObservableList<Step> steps() {
    return steps;
  }

  public StringProperty selectedStepIdProperty() {
    return selectedStepId;
  }

  public ObservableList<CandidateRow> candidates() {
    return candidates;
  }

  public ObservableList<Variable> variables() {
    return variables;
  }

  public ObservableList<Map<String, String>> dataRows() {
    return dataRows;
  }

  public ObservableList<String> dataColumns() {
    return dataColumns;
  }

  /** Validation and format problems found on save, each a sentence saying what to fix. */
  public ObservableList<String> problems() {
    return problems;
  }

  public ObservableList<SpecVersion> versions() {
    return versions;
  }

  public ObjectProperty<SpecVersion> selectedVersionProperty() {
    return selectedVersion;
  }

  public ObservableList<LineDiff.Line> diff() {
    return diff;
  }

  public ReadOnlyBooleanProperty dirtyProperty() {
    return dirty.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty undoTextProperty() {
    return undoText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty redoTextProperty() {
    return redoText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public boolean canProbe() {
    return probe != null;
  }

  public ReadOnlyStringProperty probeStatusProperty() {
    return probeStatus.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty loadProblemProperty() {
    return loadProblem.getReadOnlyProperty();
  }
}
