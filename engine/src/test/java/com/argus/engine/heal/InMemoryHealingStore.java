package com.argus.engine.heal;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.Locator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Both healing repositories in memory, for pipeline tests. */
public final class InMemoryHealingStore implements HealingPatternRepository, HealProposalRepository {
  public final List<HealingPattern> patterns = new ArrayList<>();
  public final List<HealProposal> proposals = new ArrayList<>();
  /** When set, storing a proposal fails with this message, as a database on a full disk does. */
  public String addFailure;

  @Override
  public List<HealingPattern> find(Long projectId, String key) {
    return patterns.stream().filter(p -> p.key().equals(key) && Objects.equals(p.projectId(), projectId))
        .sorted(Comparator.comparingDouble(HealingPattern::confidence).reversed()).toList();
  }

  @Override
  public HealingPattern record(Long projectId, String key, String page, FailureType type, Locator before, Locator after, boolean success) {
    HealingPattern old = patterns.stream().filter(p -> p.key().equals(key) && p.after().equals(after)).findFirst().orElse(null);
    Instant now = Instant.EPOCH;
    HealingPattern p = old == null
        ? new HealingPattern((long) patterns.size() + 1, projectId, key, page, type, before, after, success ? 1 : 0, success ? 0 : 1, now, now)
        : new HealingPattern(old.id(), projectId, key, page, type, before, after, old.successes() + (success ? 1 : 0),
            old.failures() + (success ? 0 : 1), old.createdAt(), now);
    patterns.remove(old);
    patterns.add(p);
    return p;
  }

  @Override
  public HealProposal add(HealProposal p) {
    if (addFailure != null) {
      throw new ArgusException(addFailure);
    }
    HealProposal stored = p.id() != null ? p : p.stored((long) proposals.size() + 1, Instant.EPOCH);
    proposals.add(stored);
    return stored;
  }

  @Override
  public Optional<HealProposal> find(long id) {
    return proposals.stream().filter(p -> p.id() == id).findFirst();
  }

  @Override
  public List<HealProposal> list(Long projectId, ProposalStatus status) {
    return proposals.stream().filter(p -> status == null || p.status() == status)
        .filter(p -> projectId == null || projectId.equals(p.projectId())).toList();
  }

  @Override
  public HealProposal decide(long id, ProposalStatus status, String by) {
    HealProposal p = find(id).orElseThrow().decided(status, by, Instant.EPOCH);
    proposals.replaceAll(x -> x.id() == id ? p : x);
    return p;
  }

  @Override
  public boolean isRejected(String fingerprintKey, Locator newLocator) {
    return proposals.stream().anyMatch(p -> p.status() == ProposalStatus.REJECTED && p.fingerprintKey().equals(fingerprintKey)
        && p.newLocator().equals(newLocator));
  }
}
