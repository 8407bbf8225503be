package com.argus.app.settings;

import com.argus.app.common.DialogService;
import com.argus.app.common.Errors;
import com.argus.app.common.PreferenceStore;
import com.argus.app.common.TaskRunner;
import com.argus.app.common.WorkbenchContext;
import com.argus.engine.ArgusException;
import com.argus.engine.browser.BrowserDiscovery;
import com.argus.engine.heal.HealingSettings;
import com.argus.engine.locate.RelocationSettings;
import com.argus.engine.project.Project;
import com.argus.engine.project.ProjectRepository;
import com.argus.engine.project.ProjectSettings;
import com.argus.engine.spec.LocatorStrategy;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings: the workbench's own (the theme) in user preferences, and the current project's
 * ({@link ProjectSettings}: browser, test-id attributes, locator priority, heal thresholds) in the
 * store with the project, where the command line reads them too.
 */
public final class SettingsViewModel {
  public static final String THEME = "theme";
  /**
   * Where the workbench kept the browser before it was a project setting: still offered for a
   * project without one, so saving the project's settings carries it over.
   */
  static final String LEGACY_BROWSER = "browser";

  private final PreferenceStore prefs;
  private final ProjectRepository projects;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final WorkbenchContext context;
  private final Path home;
  private final BrowserDiscovery discovery;

  private final StringProperty browserPath = new SimpleStringProperty("");
  private final BooleanProperty dark = new SimpleBooleanProperty(false);
  private final StringProperty testIdAttributes = new SimpleStringProperty("");
  private final ObservableList<LocatorStrategy> priority = FXCollections.observableArrayList();
  private final DoubleProperty autoThreshold = new SimpleDoubleProperty();
  private final DoubleProperty margin = new SimpleDoubleProperty();
  private final DoubleProperty autoApply = new SimpleDoubleProperty();
  private final DoubleProperty verify = new SimpleDoubleProperty();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper browserStatus = new ReadOnlyStringWrapper("");

  public SettingsViewModel(PreferenceStore prefs, ProjectRepository projects, TaskRunner tasks, DialogService dialogs,
      WorkbenchContext context, Path home) {
    this(prefs, projects, tasks, dialogs, context, home, new BrowserDiscovery());
  }

  SettingsViewModel(PreferenceStore prefs, ProjectRepository projects, TaskRunner tasks, DialogService dialogs,
      WorkbenchContext context, Path home, BrowserDiscovery discovery) {
    this.prefs = prefs;
    this.projects = projects;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.context = context;
    this.home = home;
    this.discovery = discovery;
    dark.set("dark".equals(prefs.get(THEME, "light")));
    // The theme applies at once and is remembered: there is nothing to confirm.
    dark.addListener((o, was, now) -> prefs.put(THEME, now ? "dark" : "light"));
    browserPath.addListener((o, was, now) -> checkBrowser());
    context.projectProperty().addListener((o, was, now) -> loadProject(now));
    loadProject(context.projectProperty().get());
    checkBrowser();
  }

  private void loadProject(Project p) {
    // Damaged settings open as the defaults with the reason shown, so the screen can put them right.
    boolean usable = p == null || p.hasUsableSettings();
    ProjectSettings s = usable ? (p == null ? ProjectSettings.DEFAULTS : p.settings()) : ProjectSettings.DEFAULTS;
    browserPath.set(s.browserPath().orElse(prefs.get(LEGACY_BROWSER, "")));
    testIdAttributes.set(String.join(", ", s.testIdAttributes()));
    priority.setAll(s.locatorPriority());
    HealingSettings healing = s.healing();
    autoThreshold.set(healing.relocation().autoThreshold());
    margin.set(healing.relocation().minMargin());
    autoApply.set(healing.knowledgeApply());
    verify.set(healing.knowledgeVerify());
    message.set(usable ? "" : p.settingsProblem().userMessage()
        + " The form shows the defaults; Save replaces what is stored.");
  }

  /** Moves a strategy up (negative) or down in the priority list. */
  public void movePriority(int index, int delta) {
    int to = index + delta;
    if (index < 0 || to < 0 || to >= priority.size()) {
      return;
    }
    LocatorStrategy s = priority.remove(index);
    priority.add(to, s);
  }

  /**
   * The browser runs and recordings will use, found as the command line finds it: the setting,
   * {@code ARGUS_BROWSER}, then the usual places; empty when there is none (the status says why).
   */
  public Optional<Path> effectiveBrowser() {
    try {
      return Optional.of(discovery.find(Optional.ofNullable(browserPath.get())));
    } catch (ArgusException e) {
      return Optional.empty();
    }
  }

  private void checkBrowser() {
    try {
      browserStatus.set("Using " + discovery.find(Optional.ofNullable(browserPath.get())) + ".");
    } catch (ArgusException e) {
      browserStatus.set(e.userMessage());
    }
  }

  /** Validates and saves the project's settings in the store (the theme is saved as it changes). */
  public void save() {
    if (autoApply.get() < verify.get()) {
      message.set("The knowledge base's auto-apply threshold must be at least its verify threshold.");
      return;
    }
    double minPlausible = RelocationSettings.DEFAULTS.minPlausible();
    if (autoThreshold.get() < minPlausible) {
      message.set(String.format(Locale.ROOT,
          "The auto-heal threshold must be at least %.2f: below that no candidate is plausible at all.", minPlausible));
      return;
    }
    Project p = context.projectProperty().get();
    if (p == null) {
      message.set("Open a project first: these settings are the project's.");
      return;
    }
    ProjectSettings updated;
    ProjectSettings base = p.hasUsableSettings() ? p.settings() : ProjectSettings.DEFAULTS;
    try {
      RelocationSettings relocation = base.healing().relocation().withAutoThreshold(round(autoThreshold.get()))
          .withMinMargin(round(margin.get()));
      updated = base
          .withBrowser(browserPath.get())
          .withTestIdAttributes(Arrays.asList(testIdAttributes.get() == null ? new String[0]
              : testIdAttributes.get().split(",")))
          .withLocatorPriority(List.copyOf(priority))
          .withHealing(new HealingSettings(relocation, round(autoApply.get()), round(verify.get())));
    } catch (ArgusException e) {
      message.set(e.userMessage());
      return;
    }
    tasks.run("Saving settings of " + p.name(), t -> projects.updateSettings(p.id(), updated), saved -> {
      // The project carries the browser now; the old workbench-wide one would only confuse.
      prefs.put(LEGACY_BROWSER, null);
      context.projectProperty().set(saved);
      message.set("Saved for project " + saved.name() + ".");
    }, e -> dialogs.error(Errors.userMessage(e), e));
  }

  // Sliders give values like 0.9500000001; the settings keep what the screen shows.
  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  public StringProperty browserPathProperty() {
    return browserPath;
  }

  public BooleanProperty darkProperty() {
    return dark;
  }

  public StringProperty testIdAttributesProperty() {
    return testIdAttributes;
  }

  public ObservableList<LocatorStrategy> priority() {
    return priority;
  }

  public DoubleProperty autoThresholdProperty() {
    return autoThreshold;
  }

  public DoubleProperty marginProperty() {
    return margin;
  }

  public DoubleProperty autoApplyProperty() {
    return autoApply;
  }

  public DoubleProperty verifyProperty() {
    return verify;
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty browserStatusProperty() {
    return browserStatus.getReadOnlyProperty();
  }

  public String home() {
    return home.toAbsolutePath().toString();
  }

  public WorkbenchContext context() {
    return context;
  }
}
