-- What healing did for a step, stored with the step result (one heal at most per step and run,
-- so columns rather than a child table). heal_decision: auto, review, proposed, failed or none.
ALTER TABLE step_results ADD COLUMN heal_old_locator VARCHAR(4000);
ALTER TABLE step_results ADD COLUMN heal_new_locator VARCHAR(4000);
ALTER TABLE step_results ADD COLUMN heal_score DOUBLE;
ALTER TABLE step_results ADD COLUMN heal_decision VARCHAR(20);
ALTER TABLE step_results ADD COLUMN heal_source VARCHAR(40);
ALTER TABLE step_results ADD COLUMN heal_proposal_id BIGINT;
ALTER TABLE step_results ADD COLUMN heal_before_screenshot VARCHAR(2000);
ALTER TABLE step_results ADD COLUMN heal_after_screenshot VARCHAR(2000);
ALTER TABLE step_results ADD COLUMN heal_note VARCHAR(2000);

-- The candidate elements a proposal's relocation scored (a gzipped JSON file under the run's
-- artifacts): approving scores other specs' steps with the same broken locator against them.
ALTER TABLE heal_proposals ADD COLUMN candidates_snapshot VARCHAR(2000);
-- Cross-test learning looks up the proposals of one step.
CREATE INDEX heal_proposals_step ON heal_proposals(spec_key, step_id, status);
