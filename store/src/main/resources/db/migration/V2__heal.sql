-- Healing: the key of the element a proposal is about, so that a fix a person rejected is never
-- proposed again for that element (HealingKeys.fingerprintKey), and the lookups healing does.
ALTER TABLE heal_proposals ADD COLUMN fingerprint_key VARCHAR(64);
CREATE INDEX heal_proposals_rejections ON heal_proposals(fingerprint_key, status);
CREATE INDEX healing_patterns_fix ON healing_patterns(pattern_key, selector_after);
