package com.argus.app;

import atlantafx.base.theme.Styles;
import com.argus.app.common.DialogService;
import com.argus.app.common.Navigator;
import com.argus.app.common.PreferenceStore;
import com.argus.app.common.SpecRef;
import com.argus.app.common.TaskRunner;
import com.argus.app.common.UiExecutor;
import com.argus.app.common.Ui;
import com.argus.app.common.WorkbenchContext;
import com.argus.store.Workspace;
import com.argus.app.export.ExportView;
import com.argus.app.export.ExportViewModel;
import com.argus.app.heal.HealReviewView;
import com.argus.app.heal.HealReviewViewModel;
import com.argus.app.record.RecordView;
import com.argus.app.record.RecordViewModel;
import com.argus.app.run.RunView;
import com.argus.app.run.RunViewModel;
import com.argus.app.service.ExportService;
import com.argus.app.service.ImportService;
import com.argus.app.service.RecordService;
import com.argus.app.settings.SettingsView;
import com.argus.app.settings.SettingsViewModel;
import com.argus.app.specs.ProjectsView;
import com.argus.app.specs.ProjectsViewModel;
import com.argus.app.specs.SpecEditorView;
import com.argus.app.specs.SpecEditorViewModel;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The workbench window's content: navigation on the left, the current screen in the middle, task
 * progress with Cancel at the bottom. Builds every view model and view from the workspace and the
 * engine ports it is given, and wires screens to each other through a {@link Navigator}.
 */
final class WorkbenchShell extends BorderPane implements Navigator {
  private final Map<Page, Node> views = new EnumMap<>(Page.class);
  private final Map<Page, ToggleButton> buttons = new EnumMap<>(Page.class);
  private final ToggleGroup nav = new ToggleGroup();
  private final WorkbenchContext context = new WorkbenchContext();
  final ProjectsViewModel projects;
  final SpecEditorViewModel editor;
  final RunViewModel run;
  final RecordViewModel record;
  final HealReviewViewModel heal;
  final ExportViewModel export;
  final SettingsViewModel settings;
  private Page current;
  private Consumer<Page> onPage = p -> { };

  WorkbenchShell(Workspace workspace, Ports ports, TaskRunner tasks, UiExecutor ui, DialogService dialogs,
      PreferenceStore prefs) {
    getStyleClass().add("workbench");
    projects = new ProjectsViewModel(new ProjectsViewModel.Stores(workspace.projects(), workspace.specs(),
        workspace.specStore(), workspace.runs(), workspace.audit(), workspace.home().dir()), tasks, dialogs, this, context);
    editor = new SpecEditorViewModel(workspace.specStore(), tasks, dialogs, this, ports.probe());
    run = new RunViewModel(ports.runner(), workspace.runs(), tasks, ui, dialogs, context, workspace.home().dir());
    record = new RecordViewModel(ports.recorder(), new RecordService(workspace.specStore()), tasks, ui, dialogs, this, context);
    heal = new HealReviewViewModel(ports.heals(), tasks, dialogs);
    export = new ExportViewModel(new ExportService(), new ImportService(workspace.specStore()), tasks, dialogs, context);
    settings = new SettingsViewModel(prefs, workspace.projects(), tasks, dialogs, context, workspace.home().dir());

    views.put(Page.PROJECTS, new ProjectsView(projects));
    views.put(Page.RECORD, new RecordView(record));
    views.put(Page.EDITOR, new SpecEditorView(editor));
    views.put(Page.RUN, new RunView(run));
    views.put(Page.HEAL, new HealReviewView(heal));
    views.put(Page.EXPORT, new ExportView(export));
    views.put(Page.SETTINGS, new SettingsView(settings));
    // The spec the editor shows is the one Run and Export act on.
    editor.refProperty().addListener((o, was, now) -> context.specProperty().set(now));

    setLeft(navigation());
    setBottom(statusBar(tasks));
    show(Page.PROJECTS);
  }

  /** Ends what the screens still have running (a recording, a run) when the window closes. */
  void close() {
    run.cancel();
    record.close();
  }

  /** Registers keyboard shortcuts for the pages on the scene. */
  void installShortcuts(Scene scene) {
    for (Page p : Page.values()) {
      scene.getAccelerators().put(p.keys, () -> show(p));
    }
  }

  void onPageChange(Consumer<Page> listener) {
    this.onPage = listener;
  }

  Node view(Page page) {
    return views.get(page);
  }

  Page current() {
    return current;
  }

  WorkbenchContext context() {
    return context;
  }

  void show(Page page) {
    current = page;
    buttons.get(page).setSelected(true);
    setCenter(views.get(page));
    if (page == Page.HEAL) {
      heal.load();
    } else if (page == Page.RUN) {
      run.loadHistory();
    } else if (page == Page.EXPORT) {
      // The spec may have been edited and saved since the last preview.
      export.preview();
    }
    onPage.accept(page);
  }

  private VBox navigation() {
    Label name = new Label("Argus");
    name.getStyleClass().add(Styles.TITLE_3);
    Label tagline = new Label("Workbench");
    tagline.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    VBox brand = new VBox(0, name, tagline);
    brand.setPadding(new Insets(4, 8, 16, 8));
    VBox box = new VBox(4, brand);
    for (Page p : Page.values()) {
      ToggleButton b = new ToggleButton(p.glyph + "   " + p.title);
      b.setId("nav-" + p.name().toLowerCase(Locale.ROOT));
      b.setToggleGroup(nav);
      b.getStyleClass().add(Styles.FLAT);
      b.setMaxWidth(Double.MAX_VALUE);
      b.setAlignment(Pos.CENTER_LEFT);
      b.setTooltip(new Tooltip(p.title + "  (" + p.keys.getDisplayText() + ")"));
      b.setOnAction(e -> show(p));
      // A nav button stays pressed: clicking the current page again must not unselect it.
      b.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
        if (b.isSelected()) {
          e.consume();
          show(p);
        }
      });
      buttons.put(p, b);
      box.getChildren().add(b);
      if (p == Page.EDITOR) {
        b.disableProperty().bind(editor.refProperty().isNull());
      }
    }
    Region grow = new Region();
    VBox.setVgrow(grow, Priority.ALWAYS);
    Label project = new Label();
    project.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    project.setWrapText(true);
    project.textProperty().bind(Bindings.createStringBinding(() -> context.projectProperty().get() == null
        ? "No project" : "Project: " + context.projectProperty().get().name(), context.projectProperty()));
    box.getChildren().addAll(grow, project);
    box.setPadding(new Insets(14, 10, 14, 10));
    box.setPrefWidth(196);
    box.setMinWidth(196);
    box.getStyleClass().add(Styles.BG_SUBTLE);
    box.setStyle("-fx-border-color: -color-border-default; -fx-border-width: 0 1 0 0;");
    return box;
  }

  private HBox statusBar(TaskRunner tasks) {
    Label message = new Label();
    message.setId("task-message");
    message.getStyleClass().addAll(Styles.TEXT_SMALL);
    message.textProperty().bind(tasks.messageProperty());
    ProgressBar progress = new ProgressBar();
    progress.getStyleClass().add(Styles.SMALL);
    progress.setPrefWidth(160);
    progress.progressProperty().bind(tasks.progressProperty());
    progress.visibleProperty().bind(tasks.busyProperty());
    Button cancel = Ui.button("Cancel", "Cancel the running task", tasks::cancelAll);
    cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
    cancel.visibleProperty().bind(tasks.busyProperty());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox bar = new HBox(10, message, grow, progress, cancel);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(3, 12, 3, 12));
    bar.setMinHeight(30);
    bar.setStyle("-fx-border-color: -color-border-default; -fx-border-width: 1 0 0 0;");
    return bar;
  }

  @Override
  public void openInEditor(SpecRef spec) {
    editor.open(spec);
    show(Page.EDITOR);
  }

  @Override
  public void runSpec(SpecRef spec) {
    context.specProperty().set(spec);
    show(Page.RUN);
  }

  @Override
  public void exportSpec(SpecRef spec) {
    context.specProperty().set(spec);
    show(Page.EXPORT);
  }
}
