-- Core schema after the seeds' schema, scoped by project instead of organisation.
-- Derby indexes every foreign key column by itself: no CREATE INDEX for those.

CREATE TABLE projects (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  base_url VARCHAR(2000),
  specs_dir VARCHAR(2000),
  settings CLOB,
  created_at TIMESTAMP NOT NULL,
  CONSTRAINT projects_name_unique UNIQUE (name)
);

CREATE TABLE specs (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  spec_key VARCHAR(1000) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  CONSTRAINT specs_key_unique UNIQUE (project_id, spec_key)
);

CREATE TABLE spec_versions (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  spec_id BIGINT NOT NULL REFERENCES specs(id) ON DELETE CASCADE,
  version INT NOT NULL,
  saved_at TIMESTAMP NOT NULL,
  author VARCHAR(200),
  comment VARCHAR(2000),
  content CLOB NOT NULL,
  CONSTRAINT spec_versions_unique UNIQUE (spec_id, version)
);

CREATE TABLE runs (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id BIGINT REFERENCES projects(id) ON DELETE CASCADE,
  spec_key VARCHAR(1000) NOT NULL,
  spec_name VARCHAR(1000),
  data_row INT NOT NULL DEFAULT -1,
  backend VARCHAR(50),
  device VARCHAR(50),
  status VARCHAR(40) NOT NULL,
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP,
  duration_ms BIGINT,
  error CLOB
);
CREATE INDEX runs_spec ON runs(project_id, spec_key);

CREATE TABLE step_results (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  step_index INT NOT NULL,
  step_id VARCHAR(200) NOT NULL,
  title VARCHAR(2000),
  status VARCHAR(40) NOT NULL,
  duration_ms BIGINT,
  error CLOB,
  locator_used VARCHAR(4000),
  match_count INT,
  screenshot_path VARCHAR(2000),
  dom_snapshot_path VARCHAR(2000)
);

CREATE TABLE artifacts (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  step_id VARCHAR(200),
  kind VARCHAR(40) NOT NULL,
  path VARCHAR(2000) NOT NULL
);

-- The last good fingerprint of each step's element: healing's baseline.
-- project_id is null for specs run from files outside any project.
CREATE TABLE element_baselines (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id BIGINT REFERENCES projects(id) ON DELETE CASCADE,
  spec_key VARCHAR(1000) NOT NULL,
  step_id VARCHAR(200) NOT NULL,
  fingerprint CLOB NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE INDEX element_baselines_step ON element_baselines(project_id, spec_key, step_id);

CREATE TABLE healing_patterns (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id BIGINT REFERENCES projects(id) ON DELETE CASCADE,
  pattern_key VARCHAR(200) NOT NULL,
  page VARCHAR(2000),
  failure_type VARCHAR(40) NOT NULL,
  selector_before VARCHAR(4000) NOT NULL,
  selector_after VARCHAR(4000) NOT NULL,
  success_count INT NOT NULL DEFAULT 0,
  failure_count INT NOT NULL DEFAULT 0,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE INDEX healing_patterns_key ON healing_patterns(pattern_key);

CREATE TABLE heal_proposals (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id BIGINT REFERENCES projects(id) ON DELETE CASCADE,
  -- No foreign key: a proposal (pending or decided) outlives the run that raised it when old runs
  -- are pruned, and Derby rejects ON DELETE SET NULL here because the table is also reached from
  -- projects through runs (all paths from one table must share one delete rule).
  run_id BIGINT,
  spec_key VARCHAR(1000) NOT NULL,
  step_id VARCHAR(200) NOT NULL,
  status VARCHAR(20) NOT NULL,
  failure_type VARCHAR(40) NOT NULL,
  fix_type VARCHAR(40),
  old_locator VARCHAR(4000),
  new_locator VARCHAR(4000),
  score DOUBLE,
  runner_up_score DOUBLE,
  evidence CLOB,
  before_screenshot VARCHAR(2000),
  after_screenshot VARCHAR(2000),
  created_at TIMESTAMP NOT NULL,
  decided_at TIMESTAMP,
  decided_by VARCHAR(200)
);
CREATE INDEX heal_proposals_status ON heal_proposals(status);

CREATE TABLE audit_log (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- not "at": a reserved word in Derby
  occurred_at TIMESTAMP NOT NULL,
  actor VARCHAR(200) NOT NULL,
  action VARCHAR(200) NOT NULL,
  subject VARCHAR(2000),
  detail CLOB
);
