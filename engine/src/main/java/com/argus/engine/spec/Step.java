package com.argus.engine.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One step of a test.
 *
 * @param id stable identity within the spec; results, heals and versions refer to it
 * @param name an optional human title, used in reports and as the exported step title
 * @param action what the step does
 * @param target the element acted on or asserted about
 * @param value the URL, text, key, option, file path, page name, wait duration or expression;
 *     {@code ${name}} refers to a variable
 * @param to for {@code drag}: where the element is dropped
 * @param dialog for {@code dialog}: how the next native dialog is answered
 * @param assertion for {@code assert}: what is expected
 * @param opens when this step opens a popup or new tab: the name later steps use as their page
 * @param page the page (tab) the step acts in; {@code main} when absent
 * @param frames the frame path from the page to the element's document, outermost first
 * @param options timeout, enabled, continue-on-failure
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
  "id", "name", "action", "page", "frames", "target", "value", "to", "dialog", "assertion",
  "opens", "options"
})
public record Step(
    String id,
    String name,
    Action action,
    Target target,
    @JsonInclude(JsonInclude.Include.NON_NULL) String value,
    Target to,
    DialogAnswer dialog,
    Assertion assertion,
    String opens,
    String page,
    List<FrameRef> frames,
    StepOptions options) {

  public static final String MAIN_PAGE = "main";

  public Step {
    frames = frames == null ? List.of() : List.copyOf(frames);
    if (options != null && options.isDefault()) {
      options = null;
    }
  }

  /** A step with only an action, target and value; the rest absent. */
  public static Step of(String id, Action action, Target target, String value) {
    return new Step(id, null, action, target, value, null, null, null, null, null, null, null);
  }

  @JsonIgnore
  public String pageName() {
    return page == null ? MAIN_PAGE : page;
  }

  @JsonIgnore
  public StepOptions effectiveOptions() {
    return options == null ? StepOptions.DEFAULTS : options;
  }

  @JsonIgnore
  public boolean isEnabled() {
    return effectiveOptions().isEnabled();
  }

  /** A title for reports: the step's name, else a description of what it does. */
  @JsonIgnore
  public String title() {
    if (name != null && !name.isBlank()) {
      return name;
    }
    StringBuilder s = new StringBuilder(action.fileName());
    if (assertion != null) {
      s.append(' ').append(assertion.describe());
    }
    if (target != null) {
      s.append(' ').append(target.describe());
    }
    if (value != null && action != Action.ASSERT) {
      s.append(" \"").append(value).append('"');
    }
    return s.toString();
  }

  public Step withTarget(Target newTarget) {
    return new Step(id, name, action, newTarget, value, to, dialog, assertion, opens, page, frames, options);
  }

  public Step withValue(String newValue) {
    return new Step(id, name, action, target, newValue, to, dialog, assertion, opens, page, frames, options);
  }

  public Step withOptions(StepOptions newOptions) {
    return new Step(id, name, action, target, value, to, dialog, assertion, opens, page, frames, newOptions);
  }

  public Step withId(String newId) {
    return new Step(newId, name, action, target, value, to, dialog, assertion, opens, page, frames, options);
  }

  public Step withAction(Action newAction) {
    Objects.requireNonNull(newAction);
    return new Step(id, name, newAction, target, value, to, dialog, assertion, opens, page, frames, options);
  }
}
