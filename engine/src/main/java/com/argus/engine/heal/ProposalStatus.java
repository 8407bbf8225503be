package com.argus.engine.heal;

/** Where a heal proposal stands. */
public enum ProposalStatus {
  PENDING,
  APPROVED,
  REJECTED
}
