package com.argus.app.settings;

import com.argus.app.common.DialogService;
import com.argus.app.common.Errors;
import com.argus.app.common.PreferenceStore;
import com.argus.app.heal.WorkspaceHealing;
import com.argus.engine.heal.HealingSettings;
import com.argus.app.common.TaskRunner;
import com.argus.app.common.WorkbenchContext;
import com.argus.engine.project.Project;
import com.argus.engine.project.ProjectRepository;
import com.argus.engine.spec.LocatorStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
 * Settings: the workbench's own (browser, theme) in user preferences, and the current project's
 * (test-id attributes, locator priority, heal thresholds) in the store with the project.
 */
public final class SettingsViewModel {
  public static final String BROWSER = "browser";
  public static final String THEME = "theme";
  public static final String TEST_ID_ATTRIBUTES = "testIdAttributes";
  public static final String LOCATOR_PRIORITY = "locatorPriority";
  public static final String HEAL_AUTO_THRESHOLD = WorkspaceHealing.AUTO_THRESHOLD;
  public static final String HEAL_MARGIN = WorkspaceHealing.MIN_MARGIN;
  public static final String HEAL_AUTO_APPLY = WorkspaceHealing.KNOWLEDGE_APPLY;
  public static final String HEAL_VERIFY = WorkspaceHealing.KNOWLEDGE_VERIFY;
  public static final String DEFAULT_TEST_IDS = "data-testid, data-test, data-qa";
  static final List<String> BROWSER_PLACES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome", "/usr/bin/chrome");

  private final PreferenceStore prefs;
  private final ProjectRepository projects;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final WorkbenchContext context;
  private final Path home;

  private final StringProperty browserPath = new SimpleStringProperty("");
  private final BooleanProperty dark = new SimpleBooleanProperty(false);
  private final StringProperty testIdAttributes = new SimpleStringProperty(DEFAULT_TEST_IDS);
  private final ObservableList<LocatorStrategy> priority = FXCollections.observableArrayList();
  private final DoubleProperty autoThreshold = new SimpleDoubleProperty(HealingSettings.DEFAULTS.relocation().autoThreshold());
  private final DoubleProperty margin = new SimpleDoubleProperty(HealingSettings.DEFAULTS.relocation().minMargin());
  private final DoubleProperty autoApply = new SimpleDoubleProperty(0.9);
  private final DoubleProperty verify = new SimpleDoubleProperty(0.5);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper browserStatus = new ReadOnlyStringWrapper("");

  public SettingsViewModel(PreferenceStore prefs, ProjectRepository projects, TaskRunner tasks, DialogService dialogs,
      WorkbenchContext context, Path home) {
    this.prefs = prefs;
    this.projects = projects;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.context = context;
    this.home = home;
    browserPath.set(prefs.get(BROWSER, ""));
    dark.set("dark".equals(prefs.get(THEME, "light")));
    // The theme applies at once and is remembered: there is nothing to confirm.
    dark.addListener((o, was, now) -> prefs.put(THEME, now ? "dark" : "light"));
    browserPath.addListener((o, was, now) -> checkBrowser());
    context.projectProperty().addListener((o, was, now) -> loadProject(now));
    loadProject(context.projectProperty().get());
    checkBrowser();
  }

  private void loadProject(Project p) {
    Map<String, String> s = p == null ? Map.of() : p.settings();
    testIdAttributes.set(s.getOrDefault(TEST_ID_ATTRIBUTES, DEFAULT_TEST_IDS));
    priority.setAll(parsePriority(s.get(LOCATOR_PRIORITY)));
    HealingSettings healing = HealingSettings.DEFAULTS;
    autoThreshold.set(parseDouble(s.get(HEAL_AUTO_THRESHOLD), healing.relocation().autoThreshold()));
    margin.set(parseDouble(s.get(HEAL_MARGIN), healing.relocation().minMargin()));
    autoApply.set(parseDouble(s.get(HEAL_AUTO_APPLY), healing.knowledgeApply()));
    verify.set(parseDouble(s.get(HEAL_VERIFY), healing.knowledgeVerify()));
    message.set("");
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

  /** Where the browser is, as the user would expect: the setting, ARGUS_BROWSER, then the usual places. */
  public Optional<Path> effectiveBrowser() {
    List<String> places = new ArrayList<>();
    places.add(browserPath.get());
    places.add(System.getenv("ARGUS_BROWSER"));
    places.addAll(BROWSER_PLACES);
    return places.stream().filter(p -> p != null && !p.isBlank()).map(Path::of)
        .filter(Files::isExecutable).findFirst();
  }

  private void checkBrowser() {
    String typed = browserPath.get();
    if (typed != null && !typed.isBlank() && !Files.isExecutable(Path.of(typed))) {
      browserStatus.set("No executable at " + typed + ".");
      return;
    }
    browserStatus.set(effectiveBrowser().map(p -> "Using " + p + ".")
        .orElse("No Chromium found. Install it with: sudo apt-get install -y chromium"));
  }

  /** Validates and saves: preferences at once, the project's settings in the store. */
  public void save() {
    if (autoApply.get() < verify.get()) {
      message.set("The knowledge base's auto-apply threshold must be at least its verify threshold.");
      return;
    }
    if (autoThreshold.get() < HealingSettings.DEFAULTS.relocation().minPlausible()) {
      message.set(String.format(java.util.Locale.ROOT,
          "The auto-heal threshold must be at least %.2f: below that no candidate is plausible at all.",
          HealingSettings.DEFAULTS.relocation().minPlausible()));
      return;
    }
    prefs.put(BROWSER, browserPath.get() == null || browserPath.get().isBlank() ? null : browserPath.get().trim());
    Project p = context.projectProperty().get();
    if (p == null) {
      message.set("Saved.");
      return;
    }
    Map<String, String> s = new HashMap<>(p.settings());
    s.put(TEST_ID_ATTRIBUTES, Arrays.stream(testIdAttributes.get().split(","))
        .map(String::trim).filter(x -> !x.isEmpty()).collect(Collectors.joining(",")));
    s.put(LOCATOR_PRIORITY, priority.stream().map(LocatorStrategy::fileName).collect(Collectors.joining(",")));
    s.put(HEAL_AUTO_THRESHOLD, String.format(java.util.Locale.ROOT, "%.2f", autoThreshold.get()));
    s.put(HEAL_MARGIN, String.format(java.util.Locale.ROOT, "%.2f", margin.get()));
    s.put(HEAL_AUTO_APPLY, String.format(java.util.Locale.ROOT, "%.2f", autoApply.get()));
    s.put(HEAL_VERIFY, String.format(java.util.Locale.ROOT, "%.2f", verify.get()));
    tasks.run("Saving settings of " + p.name(), t -> projects.updateSettings(p.id(), s), updated -> {
      context.projectProperty().set(updated);
      message.set("Saved for project " + updated.name() + ".");
    }, e -> dialogs.error(Errors.userMessage(e), e));
  }

  static List<LocatorStrategy> parsePriority(String text) {
    List<LocatorStrategy> out = new ArrayList<>();
    if (text != null) {
      for (String part : text.split(",")) {
        try {
          LocatorStrategy s = LocatorStrategy.fromFileName(part);
          if (!out.contains(s)) {
            out.add(s);
          }
        } catch (IllegalArgumentException ignored) {
          // An unknown name from an older or newer Argus is dropped, not fatal.
        }
      }
    }
    Arrays.stream(LocatorStrategy.values()).filter(s -> !out.contains(s)).forEach(out::add);
    return out;
  }

  private static double parseDouble(String s, double fallback) {
    try {
      return s == null ? fallback : Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return fallback;
    }
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
