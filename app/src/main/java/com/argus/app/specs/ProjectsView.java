package com.argus.app.specs;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.argus.app.common.Ui;
import com.argus.engine.project.Project;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The projects and specs screen: projects on the left, the chosen project's spec tree on the right. */
public final class ProjectsView extends SplitPane {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  /** A row of the tree: a folder (entry null) or a spec file. */
  record Node(String folder, SpecEntry entry) {
    String label() {
      return entry == null ? folder : entry.name();
    }
  }

  private final ProjectsViewModel vm;
  private final TreeTableView<Node> tree = new TreeTableView<>();

  public ProjectsView(ProjectsViewModel vm) {
    this.vm = vm;
    setId("projects-view");
    getItems().addAll(projectsPane(), specsPane());
    setDividerPositions(0.24);
    SplitPane.setResizableWithParent(getItems().get(0), false);
  }

  private VBox projectsPane() {
    ListView<Project> list = new ListView<>(vm.projects());
    list.setId("project-list");
    list.getStyleClass().add(Styles.DENSE);
    list.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(Project p, boolean empty) {
        super.updateItem(p, empty);
        if (empty || p == null) {
          setText(null);
          setGraphic(null);
          return;
        }
        Label name = new Label(p.name());
        name.getStyleClass().add(Styles.TEXT_BOLD);
        Label url = new Label(p.baseUrl());
        url.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        setGraphic(new VBox(2, name, url));
        setTooltip(new Tooltip(p.name() + "\n" + p.baseUrl() + "\nSpecs: " + vm.specsDir(p)));
      }
    });
    vm.projectProperty().addListener((o, was, now) -> selectProject(list, now));
    list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null && (vm.projectProperty().get() == null || vm.projectProperty().get().id() != now.id())) {
        vm.projectProperty().set(now);
      }
    });
    vm.projects().addListener((ListChangeListener<Project>) c -> selectProject(list, vm.projectProperty().get()));
    VBox.setVgrow(list, Priority.ALWAYS);
    Button add = Ui.button("New project…", "Create a project for another application under test", vm::newProject);
    add.setMaxWidth(Double.MAX_VALUE);
    VBox pane = new VBox(8, Ui.title("Projects"), list, add);
    pane.setPadding(new Insets(12));
    pane.setMinWidth(200);
    return pane;
  }

  private static void selectProject(ListView<Project> list, Project p) {
    if (p == null) {
      list.getSelectionModel().clearSelection();
      return;
    }
    list.getItems().stream().filter(x -> x.id() == p.id()).findFirst()
        .ifPresent(x -> list.getSelectionModel().select(x));
  }

  private BorderPane specsPane() {
    CustomTextField search = new CustomTextField();
    search.setId("spec-search");
    search.setPromptText("Search name, file or tag");
    search.setLeft(new Label("⌕"));
    search.textProperty().bindBidirectional(vm.searchProperty());
    search.setPrefColumnCount(18);
    ComboBox<String> tags = new ComboBox<>(vm.tags());
    tags.setId("tag-filter");
    tags.valueProperty().bindBidirectional(vm.tagProperty());
    tags.setTooltip(new Tooltip("Show only specs with this tag"));

    Button open = Ui.button("Open", "Open in the editor (Enter)", () -> vm.open(vm.selectedSpecProperty().get()));
    open.getStyleClass().add(Styles.ACCENT);
    Button run = Ui.button("Run", "Run this spec (F5)", () -> vm.run(vm.selectedSpecProperty().get()));
    Button newSpec = Ui.button("New spec…", "Create an empty spec in the selected folder", vm::newSpec);
    MenuItem rename = new MenuItem("Rename file…");
    rename.setAccelerator(new KeyCodeCombination(KeyCode.F2));
    rename.setOnAction(e -> vm.rename(vm.selectedSpecProperty().get()));
    MenuItem duplicate = new MenuItem("Duplicate");
    duplicate.setOnAction(e -> vm.duplicate(vm.selectedSpecProperty().get()));
    MenuItem export = new MenuItem("Export to Playwright…");
    export.setOnAction(e -> vm.export(vm.selectedSpecProperty().get()));
    MenuItem delete = new MenuItem("Delete…");
    delete.setAccelerator(new KeyCodeCombination(KeyCode.DELETE));
    delete.setOnAction(e -> vm.delete(vm.selectedSpecProperty().get()));
    MenuButton more = new MenuButton("More", null, rename, duplicate, export, new SeparatorMenuItem(), delete);
    more.setId("spec-more");
    more.setTooltip(new Tooltip("Rename, duplicate, export or delete the selected spec"));
    Button refresh = Ui.icon("⟳", "Read the spec files again", vm::loadSpecs);
    for (javafx.scene.control.ButtonBase b : new javafx.scene.control.ButtonBase[] {open, run, more}) {
      b.disableProperty().bind(vm.noSpecSelected());
    }
    newSpec.disableProperty().bind(vm.projectProperty().isNull());
    tree.setContextMenu(new ContextMenu(copy(rename), copy(duplicate), copy(export), new SeparatorMenuItem(), copy(delete)));
    javafx.scene.layout.HBox bar = Ui.bar(search, tags, new Spacer(), newSpec, open, run, more, refresh);

    buildTree();
    vm.visibleSpecs().addListener((ListChangeListener<SpecEntry>) c -> fillTree());

    Message undo = new Message();
    undo.setId("undo-bar");
    undo.titleProperty().bind(vm.undoMessageProperty());
    undo.setDescription("Changed your mind?");
    undo.getStyleClass().add(Styles.ACCENT);
    Button undoButton = Ui.button("Undo", "Undo the last rename or delete (Ctrl+Z)", vm::undo);
    undoButton.setId("undo-delete");
    undo.setOnClose((javafx.event.Event e) -> vm.dismissUndo());
    undo.setGraphic(undoButton);
    undo.visibleProperty().bind(vm.undoMessageProperty().isNotEmpty());
    undo.managedProperty().bind(undo.visibleProperty());

    Label status = Ui.muted("");
    status.textProperty().bind(vm.statusProperty());
    status.getStyleClass().add(Styles.TEXT_SMALL);

    VBox bottom = new VBox(6, undo, status);
    bottom.setPadding(new Insets(6, 12, 8, 12));
    BorderPane pane = new BorderPane(tree);
    pane.setTop(bar);
    pane.setBottom(bottom);
    return pane;
  }

  private static MenuItem copy(MenuItem item) {
    MenuItem c = new MenuItem(item.getText());
    c.setOnAction(item.getOnAction());
    return c;
  }

  @SuppressWarnings("unchecked")
  private void buildTree() {
    tree.setId("spec-tree");
    tree.setShowRoot(false);
    tree.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.DENSE);
    tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TreeTableColumn<Node, String> name = new TreeTableColumn<>("Spec");
    name.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().getValue().label()));
    name.setPrefWidth(280);
    TreeTableColumn<Node, String> file = new TreeTableColumn<>("File");
    file.setCellValueFactory(c -> Bindings.createStringBinding(() -> {
      SpecEntry e = c.getValue().getValue().entry();
      return e == null ? "" : e.file().getFileName().toString();
    }));
    file.setPrefWidth(200);
    TreeTableColumn<Node, String> tags = new TreeTableColumn<>("Tags");
    tags.setCellValueFactory(c -> Bindings.createStringBinding(() -> {
      SpecEntry e = c.getValue().getValue().entry();
      return e == null ? "" : String.join(", ", e.tags());
    }));
    tags.setPrefWidth(140);
    TreeTableColumn<Node, String> steps = new TreeTableColumn<>("Steps");
    steps.setCellValueFactory(c -> Bindings.createStringBinding(() -> {
      SpecEntry e = c.getValue().getValue().entry();
      return e == null ? "" : String.valueOf(e.steps());
    }));
    steps.setPrefWidth(70);
    steps.setMinWidth(64);
    steps.setStyle("-fx-alignment: CENTER-RIGHT;");
    TreeTableColumn<Node, Node> last = new TreeTableColumn<>("Last run");
    last.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue().getValue()));
    last.setCellFactory(c -> new StatusCell());
    last.setPrefWidth(220);
    tree.getColumns().setAll(name, file, tags, steps, last);
    tree.setPlaceholder(Ui.muted("No specs here yet. Record one, or create one with New spec."));
    tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
        vm.selectedSpecProperty().set(now == null ? null : now.getValue().entry()));
    vm.selectedSpecProperty().addListener((o, was, now) -> {
      TreeItem<Node> sel = tree.getSelectionModel().getSelectedItem();
      if (now != null && (sel == null || !now.equals(sel.getValue().entry()))) {
        find(tree.getRoot(), now).ifPresent(item -> tree.getSelectionModel().select(item));
      }
    });
    tree.setOnMouseClicked(e -> {
      if (e.getClickCount() == 2 && vm.selectedSpecProperty().get() != null) {
        vm.open(vm.selectedSpecProperty().get());
      }
    });
    tree.setOnKeyPressed(e -> {
      SpecEntry sel = vm.selectedSpecProperty().get();
      if (sel == null) {
        return;
      }
      if (e.getCode() == KeyCode.ENTER) {
        vm.open(sel);
      } else if (e.getCode() == KeyCode.DELETE) {
        vm.delete(sel);
      } else if (e.getCode() == KeyCode.F2) {
        vm.rename(sel);
      } else if (e.getCode() == KeyCode.F5) {
        vm.run(sel);
      } else {
        return;
      }
      e.consume();
    });
  }

  private static java.util.Optional<TreeItem<Node>> find(TreeItem<Node> item, SpecEntry entry) {
    if (item == null) {
      return java.util.Optional.empty();
    }
    if (entry.equals(item.getValue().entry())) {
      return java.util.Optional.of(item);
    }
    for (TreeItem<Node> child : item.getChildren()) {
      java.util.Optional<TreeItem<Node>> found = find(child, entry);
      if (found.isPresent()) {
        return found;
      }
    }
    return java.util.Optional.empty();
  }

  private void fillTree() {
    TreeItem<Node> root = new TreeItem<>(new Node("", null));
    Map<String, TreeItem<Node>> folders = new HashMap<>();
    folders.put("", root);
    String keep = vm.selectedSpecProperty().get() == null ? null : vm.selectedSpecProperty().get().key();
    TreeItem<Node> reselect = null;
    for (SpecEntry e : vm.visibleSpecs()) {
      TreeItem<Node> parent = folder(folders, e.folder());
      TreeItem<Node> item = new TreeItem<>(new Node(null, e));
      parent.getChildren().add(item);
      if (e.key().equals(keep)) {
        reselect = item;
      }
    }
    tree.setRoot(root);
    if (reselect != null) {
      tree.getSelectionModel().select(reselect);
    }
  }

  private static TreeItem<Node> folder(Map<String, TreeItem<Node>> folders, String path) {
    TreeItem<Node> existing = folders.get(path);
    if (existing != null) {
      return existing;
    }
    int slash = path.lastIndexOf('/');
    TreeItem<Node> parent = folder(folders, slash < 0 ? "" : path.substring(0, slash));
    TreeItem<Node> item = new TreeItem<>(new Node("▸ " + (slash < 0 ? path : path.substring(slash + 1)), null));
    item.setExpanded(true);
    parent.getChildren().add(item);
    folders.put(path, item);
    return item;
  }

  /** The last-run cell: coloured outcome and when, or the reason a file cannot be read. */
  private static final class StatusCell extends TreeTableCell<Node, Node> {
    @Override
    protected void updateItem(Node node, boolean empty) {
      super.updateItem(node, empty);
      getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING, Styles.TEXT_MUTED);
      setTooltip(null);
      Ui.tint(this, null);
      if (empty || node == null || node.entry() == null) {
        setText(null);
        return;
      }
      SpecEntry e = node.entry();
      if (e.problem() != null) {
        setText("⚠ cannot read");
        Ui.tint(this, Styles.DANGER);
        setTooltip(new Tooltip(e.problem()));
        return;
      }
      setText(Ui.textOf(e.lastStatus()) + (e.lastRunAt() == null ? "" : "  " + WHEN.format(e.lastRunAt())));
      Ui.tint(this, Ui.styleOf(e.lastStatus()));
    }
  }

  /** The orientation is fixed; exposed for the window-state tracker. */
  public SplitPane split() {
    setOrientation(Orientation.HORIZONTAL);
    return this;
  }
}
