-- What a household lacked in a year, indicator by indicator (Nghị định 07/2021/NĐ-CP, bit i for
-- the i-th of its twelve indicators); NULL when the survey did not record them. `deficits` stays
-- their count.
ALTER TABLE household_classifications ADD COLUMN lacking INTEGER
  CHECK (lacking IS NULL OR lacking BETWEEN 0 AND 4095);
