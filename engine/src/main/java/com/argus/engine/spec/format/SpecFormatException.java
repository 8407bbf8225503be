package com.argus.engine.spec.format;

import com.argus.engine.ArgusException;
import java.util.List;
import java.util.stream.Collectors;

/** A spec file that cannot be read, with every problem found in it located. */
public class SpecFormatException extends ArgusException {
  private final List<SpecProblem> problems;

  public SpecFormatException(List<SpecProblem> problems) {
    super(problems.stream().map(SpecProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<SpecProblem> problems() {
    return problems;
  }
}
