package com.argus.app.heal;

import com.argus.engine.heal.HealReviewItem;
import com.argus.app.common.DialogService;
import com.argus.app.common.Errors;
import com.argus.app.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The heal review queue: pending proposals, the selected one's evidence, approve / reject / approve
 * for all; after each decision the next proposal is selected so a queue goes fast from the keyboard.
 */
public final class HealReviewViewModel {
  public static final String NO_QUEUE =
      "This workbench has no healing engine connected, so there are no heal proposals to review.";

  private final HealQueue queue;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final ObservableList<HealReviewItem> pending = FXCollections.observableArrayList();
  private final ObjectProperty<HealReviewItem> selected = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

  public HealReviewViewModel(HealQueue queue, TaskRunner tasks, DialogService dialogs) {
    this.queue = queue;
    this.tasks = tasks;
    this.dialogs = dialogs;
    status.set(queue == null ? NO_QUEUE : "");
  }

  public boolean isConnected() {
    return queue != null;
  }

  public void load() {
    if (queue == null) {
      return;
    }
    tasks.run("Loading heal proposals", p -> queue.pending(), list -> {
      pending.setAll(list);
      selected.set(list.isEmpty() ? null : list.get(0));
      status.set(list.isEmpty() ? "Nothing to review." : list.size() + " waiting for review.");
    }, e -> dialogs.error(Errors.userMessage(e), e));
  }

  public void approve() {
    decide("Approving", (q, id) -> {
      q.approve(id);
      return "Approved: the spec is updated and the knowledge base learned the fix.";
    });
  }

  public void reject() {
    decide("Rejecting", (q, id) -> {
      q.reject(id);
      return "Rejected: the step stays failed and the knowledge base learned it was wrong.";
    });
  }

  public void approveForAll() {
    decide("Approving for every spec", (q, id) -> "Approved in " + q.approveForAll(id) + " specs.");
  }

  /** Opens a before/after screenshot full size in the system's image viewer: the thumbnails are too small to judge a heal by. */
  public void openScreenshot(String path) {
    if (path != null && dialogs != null) {
      dialogs.open(java.nio.file.Path.of(path));
    }
  }

  public void next(int delta) {
    int at = pending.indexOf(selected.get()) + delta;
    if (at >= 0 && at < pending.size()) {
      selected.set(pending.get(at));
    }
  }

  private interface Decision {
    String apply(HealQueue q, long id) throws Exception;
  }

  private void decide(String what, Decision decision) {
    HealReviewItem p = selected.get();
    if (queue == null || p == null) {
      return;
    }
    int at = pending.indexOf(p);
    tasks.run(what + " heal " + p.id(), t -> decision.apply(queue, p.id()), message -> {
      pending.remove(p);
      selected.set(pending.isEmpty() ? null : pending.get(Math.min(at, pending.size() - 1)));
      status.set(message + (pending.isEmpty() ? " Queue empty." : " " + pending.size() + " left."));
    }, e -> dialogs.error(Errors.userMessage(e), e));
  }

  public ObservableList<HealReviewItem> pending() {
    return pending;
  }

  public ObjectProperty<HealReviewItem> selectedProperty() {
    return selected;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
