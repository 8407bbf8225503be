package com.argus.engine.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One test: what it is, where it runs and its steps. The model knows nothing of editors, files or
 * browsers; {@code spec.format} reads and writes it.
 *
 * <p>Immutable; every change makes a new spec.
 *
 * @param schemaVersion the file format version; {@link #CURRENT_SCHEMA} when written
 * @param device a device preset name (desktop, tablet, mobile ...); desktop when absent
 * @param viewport an explicit window size, overriding the device's
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
  "schemaVersion", "name", "description", "tags", "baseUrl", "device", "viewport", "variables",
  "data", "steps"
})
public record TestSpec(
    int schemaVersion,
    String name,
    String description,
    List<String> tags,
    String baseUrl,
    String device,
    Viewport viewport,
    List<Variable> variables,
    DataRows data,
    List<Step> steps) {

  public static final int CURRENT_SCHEMA = 2;

  public TestSpec {
    tags = tags == null ? List.of() : List.copyOf(tags);
    variables = variables == null ? List.of() : List.copyOf(variables);
    steps = steps == null ? List.of() : List.copyOf(steps);
  }

  public static TestSpec named(String name, String baseUrl, List<Step> steps) {
    return new TestSpec(CURRENT_SCHEMA, name, null, List.of(), baseUrl, null, null, List.of(), null, steps);
  }

  public Optional<Step> step(String stepId) {
    return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
  }

  @JsonIgnore
  public List<Variable> secretVariables() {
    return variables.stream().filter(Variable::isSecret).toList();
  }

  public TestSpec withSteps(List<Step> newSteps) {
    return new TestSpec(schemaVersion, name, description, tags, baseUrl, device, viewport, variables, data, newSteps);
  }

  public TestSpec withName(String newName) {
    return new TestSpec(schemaVersion, newName, description, tags, baseUrl, device, viewport, variables, data, steps);
  }

  public TestSpec withBaseUrl(String newBaseUrl) {
    return new TestSpec(schemaVersion, name, description, tags, newBaseUrl, device, viewport, variables, data, steps);
  }

  public TestSpec withVariables(List<Variable> newVariables) {
    return new TestSpec(schemaVersion, name, description, tags, baseUrl, device, viewport, newVariables, data, steps);
  }

  public TestSpec withDevice(String newDevice) {
    return new TestSpec(schemaVersion, name, description, tags, baseUrl, newDevice, viewport, variables, data, steps);
  }

  /** This spec with the step of the given id replaced by what {@code change} makes of it. */
  public TestSpec withStep(String stepId, UnaryOperator<Step> change) {
    List<Step> changed = new ArrayList<>(steps.size());
    for (Step s : steps) {
      changed.add(s.id().equals(stepId) ? change.apply(s) : s);
    }
    return withSteps(changed);
  }
}
