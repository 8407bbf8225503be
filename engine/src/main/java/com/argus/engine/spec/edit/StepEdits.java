package com.argus.engine.spec.edit;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Target;
import com.argus.engine.spec.TestSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The edits the step table makes: change a cell, insert, delete, move, enable or disable. */
public final class StepEdits {
  private StepEdits() {}

  /** Sets a step's action. */
  public record SetAction(String stepId, Action action) implements SpecEdit {
    @Override
    public TestSpec apply(TestSpec spec) {
      return spec.withStep(existing(spec, stepId).id(), s -> s.withAction(action));
    }

    @Override
    public String description() {
      return "Change action of step '" + stepId + "'";
    }
  }

  /** Sets a step's value; blank text removes it. */
  public record SetValue(String stepId, String value) implements SpecEdit {
    @Override
    public TestSpec apply(TestSpec spec) {
      String v = value == null || value.isEmpty() ? null : value;
      return spec.withStep(existing(spec, stepId).id(), s -> s.withValue(v));
    }

    @Override
    public String description() {
      return "Change value of step '" + stepId + "'";
    }
  }

  /** Replaces the primary locator of a step's target, keeping the other candidates behind it. */
  public record SetPrimaryLocator(String stepId, Locator locator) implements SpecEdit {
    @Override
    public TestSpec apply(TestSpec spec) {
      Objects.requireNonNull(locator, "locator");
      return spec.withStep(existing(spec, stepId).id(), s -> {
        Target t = s.target();
        if (t == null) {
          return s.withTarget(Target.of(locator));
        }
        List<Locator> rest = new ArrayList<>(t.candidates());
        if (!rest.isEmpty() && !rest.contains(locator)) {
          rest.remove(0);
        }
        rest.remove(locator);
        rest.add(0, locator);
        return s.withTarget(new Target(rest, t.fingerprint()));
      });
    }

    @Override
    public String description() {
      return "Change target of step '" + stepId + "'";
    }
  }

  /** Moves an existing candidate to the front: the runner tries it first. */
  public record PreferCandidate(String stepId, Locator locator) implements SpecEdit {
    @Override
    public TestSpec apply(TestSpec spec) {
      return spec.withStep(existing(spec, stepId).id(), s -> {
        if (s.target() == null || !s.target().candidates().contains(locator)) {
          throw new IllegalArgumentException("step '" + stepId + "' has no candidate " + locator.describe());
        }
        return s.withTarget(s.target().withPrimary(locator));
      });
    }

    @Override
    public String description() {
      return "Prefer " + locator.describe() + " for step '" + stepId + "'";
    }
  }

  /** Enables or disables a step; a disabled step stays in the spec but does not run. */
  public record SetEnabled(String stepId, boolean enabled) implements SpecEdit {
    @Override
    public TestSpec apply(TestSpec spec) {
      return spec.withStep(existing(spec, stepId).id(),
          s -> s.withOptions(s.effectiveOptions().withEnabled(enabled)));
    }

    @Override
    public String description() {
      return (enabled ? "Enable" : "Disable") + " step '" + stepId + "'";
    }
  }

  /** Inserts a step at an index (0 = first; the step count = last). */
  public record InsertStep(int index, Step step) implements SpecEdit {
    @Override
    public TestSpec apply(TestSpec spec) {
      if (spec.step(step.id()).isPresent()) {
        throw new IllegalArgumentException("step id '" + step.id() + "' is already used");
      }
      List<Step> steps = new ArrayList<>(spec.steps());
      steps.add(Math.max(0, Math.min(index, steps.size())), step);
      return spec.withSteps(steps);
    }

    @Override
    public String description() {
      return "Insert step '" + step.id() + "'";
    }
  }

  /** Deletes a step. */
  public record DeleteStep(String stepId) implements SpecEdit {
    @Override
    public TestSpec apply(TestSpec spec) {
      Step gone = existing(spec, stepId);
      return spec.withSteps(spec.steps().stream().filter(s -> s != gone).toList());
    }

    @Override
    public String description() {
      return "Delete step '" + stepId + "'";
    }
  }

  /** Moves a step to a new index, the others closing up around it. */
  public record MoveStep(String stepId, int toIndex) implements SpecEdit {
    @Override
    public TestSpec apply(TestSpec spec) {
      Step moved = existing(spec, stepId);
      List<Step> steps = new ArrayList<>(spec.steps());
      steps.remove(moved);
      steps.add(Math.max(0, Math.min(toIndex, steps.size())), moved);
      return spec.withSteps(steps);
    }

    @Override
    public String description() {
      return "Move step '" + stepId + "'";
    }
  }

  /** A step id not yet used in the spec, from a readable stem: {@code click}, {@code click-2} ... */
  public static String freshId(TestSpec spec, String stem) {
    Set<String> used = new HashSet<>();
    spec.steps().forEach(s -> used.add(s.id()));
    String base = stem == null || stem.isBlank() ? "step" : stem;
    if (!used.contains(base)) {
      return base;
    }
    for (int i = 2; ; i++) {
      if (!used.contains(base + "-" + i)) {
        return base + "-" + i;
      }
    }
  }

  static Step existing(TestSpec spec, String stepId) {
    return spec.step(stepId)
        .orElseThrow(() -> new IllegalArgumentException("no step '" + stepId + "' in spec '" + spec.name() + "'"));
  }
}
