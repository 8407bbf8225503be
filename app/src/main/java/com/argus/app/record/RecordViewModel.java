package com.argus.app.record;

import com.argus.app.common.DialogService;
import com.argus.app.common.Errors;
import com.argus.app.common.Navigator;
import com.argus.app.common.SpecRef;
import com.argus.app.common.TaskRunner;
import com.argus.app.common.UiExecutor;
import com.argus.app.common.WorkbenchContext;
import com.argus.app.service.RecordService;
import com.argus.engine.spec.DevicePreset;
import com.argus.engine.spec.Step;
import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The record screen: URL, device, optional CDP attach, Record/Stop, assert mode, the steps as they
 * stream in; Stop saves the spec into the project and opens it in the editor.
 */
public final class RecordViewModel {
  public static final String NO_RECORDER =
      "Recording switches on when the recorder module's session is wired in. The screen is ready for it.";

  private final Recorder recorder;
  private final TaskRunner tasks;
  private final UiExecutor ui;
  private final DialogService dialogs;
  private final Navigator navigator;
  private final WorkbenchContext context;
  private final RecordService service;

  private final StringProperty url = new SimpleStringProperty("");
  private final StringProperty device = new SimpleStringProperty("desktop");
  private final StringProperty cdp = new SimpleStringProperty("");
  private final StringProperty specName = new SimpleStringProperty("");
  private final BooleanProperty attach = new SimpleBooleanProperty(false);
  private final BooleanProperty assertMode = new SimpleBooleanProperty(false);
  private final ObservableList<String> devices = FXCollections.observableArrayList(
      Arrays.stream(DevicePreset.values()).map(DevicePreset::presetName).toList());
  private final ObservableList<Step> steps = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper recording = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private Recorder.Session session;
  private RecordService.Request request;

  /**
   * @param service saves a recording into the project as {@code argus record} does: a new file named
   *     after the spec, with a version by the recorder
   */
  public RecordViewModel(Recorder recorder, RecordService service, TaskRunner tasks, UiExecutor ui,
      DialogService dialogs, Navigator navigator, WorkbenchContext context) {
    this.recorder = recorder;
    this.service = service;
    this.tasks = tasks;
    this.ui = ui;
    this.dialogs = dialogs;
    this.navigator = navigator;
    this.context = context;
    status.set(recorder == null ? NO_RECORDER : "");
    context.projectProperty().addListener((o, was, now) -> {
      if (now != null && (url.get() == null || url.get().isBlank() || (was != null && url.get().equals(was.baseUrl())))) {
        url.set(now.baseUrl());
      }
    });
    if (context.projectProperty().get() != null) {
      url.set(context.projectProperty().get().baseUrl());
    }
    assertMode.addListener((o, was, now) -> {
      Recorder.Session s = session;
      if (s != null) {
        // The toolbar lives in the page, on the recorder's thread: not on the FX thread.
        tasks.run("Assert mode " + (now ? "on" : "off"), p -> {
          s.setAssertMode(now);
          return null;
        }, x -> { }, e -> status.set("Assert mode: " + Errors.userMessage(e)));
      }
    });
  }

  public boolean canRecord() {
    return recorder != null;
  }

  public void start() {
    if (recorder == null || recording.get()) {
      return;
    }
    steps.clear();
    recording.set(true);
    status.set("Opening the browser…");
    RecordService.Request started = RecordService.Request.of(url.get(), context.projectProperty().get())
        .withDevice(device.get()).withCdpEndpoint(attach.get() ? cdp.get() : null);
    Recorder.Listener listener = new Recorder.Listener() {
      @Override
      public void added(int index, Step step) {
        ui.execute(() -> steps.add(Math.min(index, steps.size()), step));
      }

      @Override
      public void replaced(int index, Step step) {
        ui.execute(() -> {
          if (index < steps.size()) {
            steps.set(index, step);
          }
        });
      }

      @Override
      public void removed(int index) {
        ui.execute(() -> {
          if (index < steps.size()) {
            steps.remove(index);
          }
        });
      }

      @Override
      public void ended() {
        // Closing the browser window is how many people finish: save as if Stop was pressed.
        ui.execute(() -> stop());
      }
    };
    tasks.run("Starting the recorder", p -> recorder.start(started, listener), s -> {
      session = s;
      request = started;
      if (assertMode.get()) {
        s.setAssertMode(true);
      }
      status.set("Recording: use the browser; steps appear here as you go. Stop (or closing the window) saves the spec.");
    }, e -> {
      recording.set(false);
      status.set("Could not start recording: " + Errors.userMessage(e));
    });
  }

  /** Ends a recording still running when the workbench closes, so no browser is left behind. */
  public void close() {
    Recorder.Session s = session;
    session = null;
    if (s != null) {
      s.stop();
    }
  }

  /** Stops, saves the spec into the project's specs folder and opens it in the editor. */
  public void stop() {
    Recorder.Session s = session;
    if (s == null) {
      return;
    }
    session = null;
    // The name may be typed while recording: the one in the field at Stop is the spec's.
    RecordService.Request toSave = request.withSpecName(specName.get());
    tasks.run("Saving the recording", p -> service.save(toSave, s.stop()), saved -> {
      recording.set(false);
      status.set("Saved as " + saved.id().key() + ".");
      navigator.openInEditor(SpecRef.of(toSave.project(), saved.file()));
    }, e -> {
      recording.set(false);
      dialogs.error(Errors.userMessage(e), e);
    });
  }

  public StringProperty urlProperty() {
    return url;
  }

  public StringProperty deviceProperty() {
    return device;
  }

  public StringProperty cdpProperty() {
    return cdp;
  }

  public StringProperty specNameProperty() {
    return specName;
  }

  public BooleanProperty attachProperty() {
    return attach;
  }

  public BooleanProperty assertModeProperty() {
    return assertMode;
  }

  public ObservableList<String> devices() {
    return devices;
  }

  public ObservableList<Step> steps() {
    return steps;
  }

  public ReadOnlyBooleanProperty recordingProperty() {
    return recording.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
