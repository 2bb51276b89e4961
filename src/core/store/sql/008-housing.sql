-- Housing support: the norm per province, kind and target group from a date (60 triệu for a new
-- house, 30 triệu for a repair in the 2025 campaign; up to 130 triệu where the household cannot
-- contribute); each project's stream, approved support and the reason it goes beyond the norm
-- or is a household's second house; a project paused with its reason.
CREATE TABLE housing_norms (
  id              INTEGER PRIMARY KEY,
  province_code   TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('new', 'repair')),
  target_group    TEXT NOT NULL DEFAULT '' CHECK (target_group IN ('', 'poor', 'near-poor', 'hardship', 'merit')),
  amount          INTEGER NOT NULL CHECK (amount > 0 AND amount <= 999999999999999),
  effective_from  TEXT NOT NULL,
  UNIQUE (province_code, kind, target_group, effective_from)
) STRICT;

ALTER TABLE housing_projects ADD COLUMN stream TEXT NOT NULL DEFAULT 'campaign'
  CHECK (stream IN ('merit', 'national', 'campaign'));
ALTER TABLE housing_projects ADD COLUMN support INTEGER NOT NULL DEFAULT 0 CHECK (support >= 0);
ALTER TABLE housing_projects ADD COLUMN reason TEXT;
ALTER TABLE housing_projects ADD COLUMN paused_reason TEXT;
CREATE INDEX housing_projects_stage ON housing_projects (stage, updated_at);
