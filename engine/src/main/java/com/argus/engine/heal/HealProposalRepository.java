package com.argus.engine.heal;

import com.argus.engine.spec.Locator;
import java.util.List;
import java.util.Optional;

/** Heal proposals ({@code heal_proposals}). Implemented by the store; thread-safe. */
public interface HealProposalRepository {
  /** Stores a new proposal and returns it with its id. */
  HealProposal add(HealProposal proposal);

  Optional<HealProposal> find(long id);

  /** Proposals with this status (all when null), newest first. */
  List<HealProposal> list(Long projectId, ProposalStatus status);

  /** Records a decision; returns the proposal as stored. */
  HealProposal decide(long id, ProposalStatus status, String by);

  /** Whether a person rejected {@code newLocator} as the fix for this fingerprint. */
  boolean isRejected(String fingerprintKey, Locator newLocator);
}
