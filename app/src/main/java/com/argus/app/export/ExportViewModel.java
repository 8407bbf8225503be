package com.argus.app.export;

import com.argus.app.common.DialogService;
import com.argus.app.common.Errors;
import com.argus.app.common.SpecRef;
import com.argus.app.common.TaskRunner;
import com.argus.app.common.WorkbenchContext;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFormat;
import java.nio.file.Files;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The export screen: pick a target, preview the generated code for the current spec, save it. */
public final class ExportViewModel {
  public static final String NO_EXPORTER =
      "The Playwright preview appears here when the engine's exporter is wired in; no code is generated until then.";

  private final Exporter exporter;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final WorkbenchContext context;
  private final ObservableList<String> targets = FXCollections.observableArrayList();
  private final StringProperty target = new SimpleStringProperty();
  private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private TestSpec spec;

  public ExportViewModel(Exporter exporter, TaskRunner tasks, DialogService dialogs, WorkbenchContext context) {
    this.exporter = exporter;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.context = context;
    if (exporter == null) {
      status.set(NO_EXPORTER);
    } else {
      targets.setAll(exporter.targets());
      target.set(targets.isEmpty() ? null : targets.get(0));
    }
    target.addListener((o, was, now) -> preview());
    context.specProperty().addListener((o, was, now) -> preview());
  }

  public boolean isConnected() {
    return exporter != null;
  }

  public void preview() {
    SpecRef ref = context.specProperty().get();
    if (exporter == null || ref == null || target.get() == null) {
      code.set("");
      return;
    }
    String chosen = target.get();
    tasks.run("Generating " + chosen, p -> {
      TestSpec s = SpecFormat.read(ref.file());
      return new Object[] {s, exporter.render(s, chosen)};
    }, result -> {
      spec = (TestSpec) result[0];
      code.set((String) result[1]);
      status.set("");
    }, e -> {
      code.set("");
      status.set("Cannot export " + ref.key() + ": " + Errors.userMessage(e));
    });
  }

  public void save() {
    if (exporter == null || spec == null || code.get().isEmpty()) {
      return;
    }
    String text = code.get();
    dialogs.chooseSaveFile("Save exported test", exporter.fileName(spec, target.get())).ifPresent(file ->
        tasks.run("Saving " + file.getFileName(), p -> Files.writeString(file, text),
            f -> status.set("Saved " + file + "."), e -> dialogs.error(Errors.userMessage(e), e)));
  }

  public ObservableList<String> targets() {
    return targets;
  }

  public StringProperty targetProperty() {
    return target;
  }

  public ReadOnlyStringProperty codeProperty() {
    return code.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public WorkbenchContext context() {
    return context;
  }
}
