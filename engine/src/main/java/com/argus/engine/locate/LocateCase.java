package com.argus.engine.locate;

import com.argus.engine.spec.ElementFingerprint;
import java.util.List;

/**
 * One input of {@code argus locate}: the element as it was, and the elements on the changed page.
 *
 * @param line the 1-based input line (1 for single-file input)
 * @param caseId the input's optional {@code "case"} (or {@code "id"}) field, echoed in the output
 * @param target the fingerprint to find
 * @param candidates the candidates; output indices refer to this list
 *
 * <p>Immutable.
 */
public record LocateCase(int line, String caseId, ElementFingerprint target, List<ElementFingerprint> candidates) {
  public LocateCase {
    candidates = List.copyOf(candidates);
  }
}
