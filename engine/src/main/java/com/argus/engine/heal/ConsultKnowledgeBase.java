package com.argus.engine.heal;

import com.argus.engine.locate.Decision;
import com.argus.engine.spec.Locator;
import java.util.List;
import java.util.Locale;

/**
 * Step 3: the knowledge base. A fix that worked before for this broken locator, failure type and
 * page: confidence above {@code knowledgeApply} is applied; between {@code knowledgeVerify} and it,
 * applied only if the element it finds still resembles the fingerprint; below, the pipeline goes
 * on. Fixes a person rejected for this element are skipped.
 *
 * <p>Immutable; thread-safe when the repositories are.
 */
public final class ConsultKnowledgeBase implements HealingStep {
  private final HealingPatternRepository patterns;
  private final HealProposalRepository proposals;
  private final HealingSettings settings;
  private final ElementCheck check;

  public ConsultKnowledgeBase(HealingPatternRepository patterns, HealProposalRepository proposals, HealingSettings settings, ElementCheck check) {
    this.patterns = patterns;
    this.proposals = proposals;
    this.settings = settings;
    this.check = check;
  }

  @Override
  public HealAttempt apply(HealAttempt a) {
    Locator broken = a.failure().step().target().primary();
    String key = HealingKeys.patternKey(broken, a.failureType(), a.page().url());
    String fingerprintKey = HealingKeys.fingerprintKey(a.failure().reference());
    List<HealingPattern> known = patterns.find(a.failure().projectId(), key);
    HealAttempt cur = a;
    for (HealingPattern p : known) {
      String what = String.format(Locale.ROOT, "knowledge base: %s (confidence %.2f, %d/%d)", p.after().describe(), p.confidence(),
          p.successes(), p.successes() + p.failures());
      if (p.confidence() < settings.knowledgeVerify()) {
        return cur.note(what + ": below " + settings.knowledgeVerify() + ", going on");
      }
      if (proposals.isRejected(fingerprintKey, p.after())) {
        cur = cur.note(what + ": rejected by a person for this element, skipped");
        continue;
      }
      if (a.page().count(p.after()) != 1) {
        cur = cur.note(what + ": does not find exactly one element here");
        continue;
      }
      if (p.confidence() > settings.knowledgeApply()) {
        return cur.note(what + ": applied").found(HealSource.KNOWLEDGE_BASE, p.after(), Decision.AUTO, null, null, p, true);
      }
      ElementCheck.Verdict v = check.verify(a, p.after());
      if (v.resembles()) {
        return cur.note(what + ": verified, " + v.note()).found(HealSource.KNOWLEDGE_BASE, p.after(), Decision.AUTO, v.score(), null, p, true);
      }
      cur = cur.note(what + ": not verified, " + v.note());
    }
    return known.isEmpty() ? cur.note("knowledge base: nothing known for this locator on this page") : cur;
  }
}
