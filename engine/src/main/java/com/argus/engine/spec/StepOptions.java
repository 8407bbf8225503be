package com.argus.engine.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Per-step settings. Absent values mean the defaults, and stay absent when the file is written back.
 *
 * @param timeoutMs how long the step may wait for its element or condition
 * @param enabled false to skip the step without deleting it
 * @param continueOnFailure true to record a failure and go on with the next step
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"timeoutMs", "enabled", "continueOnFailure"})
public record StepOptions(Integer timeoutMs, Boolean enabled, Boolean continueOnFailure) {
  public static final StepOptions DEFAULTS = new StepOptions(null, null, null);

  @JsonIgnore
  public boolean isEnabled() {
    return !Boolean.FALSE.equals(enabled);
  }

  @JsonIgnore
  public boolean isContinueOnFailure() {
    return Boolean.TRUE.equals(continueOnFailure);
  }

  @JsonIgnore
  public boolean isDefault() {
    return timeoutMs == null && enabled == null && continueOnFailure == null;
  }

  public StepOptions withEnabled(boolean on) {
    return new StepOptions(timeoutMs, on ? null : Boolean.FALSE, continueOnFailure);
  }
}
